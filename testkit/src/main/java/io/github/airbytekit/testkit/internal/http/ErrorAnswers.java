package io.github.airbytekit.testkit.internal.http;

import io.github.airbytekit.client.configapi.model.InvalidInputExceptionInfo;
import io.github.airbytekit.client.configapi.model.InvalidInputProperty;
import io.github.airbytekit.client.configapi.model.KnownExceptionInfo;
import io.github.airbytekit.client.configapi.model.NotFoundKnownExceptionInfo;
import io.github.airbytekit.client.publicapi.model.Problem;
import io.github.airbytekit.testkit.internal.Json;
import java.util.List;

/**
 * Error answers in each API's shape, as Airbyte's server and our openapi/ documents have them: problem JSON on the
 * public API, {@code KnownExceptionInfo} and its relatives on the Config API.
 */
public final class ErrorAnswers {
  private ErrorAnswers() {}

  /** Replaces whatever the exchange answered so far by {@code problem}. */
  public static void answer(Exchange exchange, Api api, HttpProblem problem) {
    exchange.responseHeaders().clear();
    if (problem.allow() != null) {
      exchange.responseHeaders().put("Allow", problem.allow());
    }
    if (api == Api.CONFIG) {
      exchange.json(problem.status(), configError(problem));
      return;
    }
    Problem body =
        new Problem().type(problem.type()).title(problem.title()).status(problem.status()).detail(problem.detail());
    exchange.json(problem.status(), Json.write(Problem.class, body));
    exchange.contentType("application/problem+json");
  }

  /** The schema name of an error body of {@code status}, for shaping it to a version. */
  public static String schema(Api api, int status) {
    if (api == Api.PUBLIC) {
      return "Problem";
    }
    return status == 404 ? "NotFoundKnownExceptionInfo" : status == 422 ? "InvalidInputExceptionInfo" : "KnownExceptionInfo";
  }

  private static String configError(HttpProblem problem) {
    if (problem.status() == 404) {
      return Json.write(
          NotFoundKnownExceptionInfo.class,
          new NotFoundKnownExceptionInfo()
              .message(problem.detail())
              .exceptionClassName("io.airbyte.commons.server.errors.IdNotFoundKnownException"));
    }
    if (problem.status() == 422) {
      return Json.write(
          InvalidInputExceptionInfo.class,
          new InvalidInputExceptionInfo()
              .message(problem.detail())
              .exceptionClassName("javax.validation.ValidationException")
              .validationErrors(List.of(new InvalidInputProperty().propertyPath("body").message(problem.detail()))));
    }
    String exceptionClass =
        problem.status() == 400
            ? "io.airbyte.commons.server.errors.BadRequestException"
            : problem.status() == 423
                ? "io.airbyte.commons.server.errors.ApplicationErrorKnownException"
                : "io.airbyte.commons.server.errors.KnownException";
    return Json.write(
        KnownExceptionInfo.class, new KnownExceptionInfo().message(problem.detail()).exceptionClassName(exceptionClass));
  }
}
