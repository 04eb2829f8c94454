package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * How a workspace talks HTTP.
 *
 * @param client a client to share pool and dispatcher with (never changed, never closed), or null to create one
 * @param connectTimeout the connect timeout
 * @param readTimeout the read timeout
 * @param writeTimeout the write timeout
 * @param retryPolicy retries of reads
 * @param sleeper pauses between retries
 * @param clock token lifetimes and {@code Retry-After} dates
 * @param events what calls, retries and token mints are reported to
 */
public record HttpSettings(@Nullable OkHttpClient client, Duration connectTimeout, Duration readTimeout,
    Duration writeTimeout, RetryPolicy retryPolicy, Sleeper sleeper, Clock clock, AirbyteEventListener events) {}
