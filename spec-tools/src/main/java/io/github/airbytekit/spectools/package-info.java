/**
 * Build-time tools for our OpenAPI documents. The drift check compares them with Airbyte's published
 * ones and reports, for every operation, parameter, schema field and enum we declare, what upstream
 * documents differently, against one pair of documents or every version in a reference directory
 * ({@link io.github.airbytekit.spectools.DriftCheck}). The profile generator derives one compatibility
 * profile per Airbyte version ({@link io.github.airbytekit.spectools.ProfileGenerator}, {@link
 * io.github.airbytekit.spectools.ProfileCommand}).
 *
 * <p>From the command line (or {@code mvn -pl spec-tools -am -Pdrift ... verify}):
 *
 * <pre>{@code
 * int exit = DriftCheck.execute(System.out, System.err,
 *     "--upstream-public=airbyte-public-api.yaml", "--upstream-config=https://example.com/config.yaml");
 * }</pre>
 *
 * <p>From code:
 *
 * <pre>{@code
 * List<Finding> findings = DriftChecker.compare("public",
 *     OpenApiDocument.load("classpath:io/github/airbytekit/openapi/public-api.yaml"),
 *     OpenApiDocument.load("airbyte-public-api.yaml"));
 * }</pre>
 *
 * <p>The classification rules are documented on {@link io.github.airbytekit.spectools.FindingKind}.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.spectools;
