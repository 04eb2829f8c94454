@file:JvmName("AirbyteCoroutines")

package io.github.airbytekit.kotlin

import io.github.airbytekit.connections.CloudConnection
import io.github.airbytekit.connections.JobStatus
import io.github.airbytekit.connections.SyncOptions
import io.github.airbytekit.connections.SyncProgress
import io.github.airbytekit.connections.SyncProgressListener
import io.github.airbytekit.connections.SyncResult
import io.github.airbytekit.connections.WaitOptions
import java.util.concurrent.CompletionException
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.future.await

/**
 * Starts a sync and suspends until it is final, as [CloudConnection.runSync] blocks: no thread is held while
 * waiting ([CloudConnection.runSyncAsync] does the work on the workspace's shared scheduler), and what `runSync`
 * would throw is thrown here. Cancelling the coroutine stops the wait; it also cancels the job on Airbyte only
 * with [WaitOptions.isCancelOnAbort] in the wait options.
 *
 * ```kotlin
 * val result = connection.runSyncAndAwait()
 * ```
 */
public suspend fun CloudConnection.runSyncAndAwait(options: SyncOptions = SyncOptions.builder().build()): SyncResult =
    runSyncAsync(options).await()

/**
 * Suspends until the job is final, as [SyncResult.waitForCompletion] blocks (see
 * [SyncResult.waitForCompletionAsync]); cancelling the coroutine stops the wait, and cancels the job on Airbyte
 * only with [WaitOptions.isCancelOnAbort].
 */
public suspend fun SyncResult.awaitCompletion(options: WaitOptions = WaitOptions.builder().build()): JobStatus =
    waitForCompletionAsync(options).await()

/**
 * The job's progress: one [SyncProgress] per observation (the first one, then every poll), as `options`'
 * progress listener would see them (which still gets them too). The flow completes once the job is final, or
 * fails as [SyncResult.waitForCompletion] throws. Cold: each collection starts its own wait; a collector that
 * stops early (such as `take(n)`) stops the wait, and cancels the job only with [WaitOptions.isCancelOnAbort].
 *
 * ```kotlin
 * result.progress().collect { println("${it.status}: ${it.recordsSynced} records") }
 * ```
 */
public fun SyncResult.progress(options: WaitOptions = WaitOptions.builder().build()): Flow<SyncProgress> =
    callbackFlow {
        val future = waitForCompletionAsync(options.alsoTelling { trySend(it) })
        future.whenComplete { _, failure ->
            if (failure == null) {
                channel.close()
            } else {
                channel.close(if (failure is CompletionException) failure.cause ?: failure else failure)
            }
        }
        awaitClose { future.cancel(false) }
    }.buffer(Channel.UNLIMITED) // the listener runs on a worker thread, which must never wait for the collector

/** These options with [listener] called after their own progress listener, if any. */
private fun WaitOptions.alsoTelling(listener: SyncProgressListener): WaitOptions {
    val own = progressListener
    return WaitOptions.builder()
        .timeout(timeout)
        .raiseOnFailure(isRaiseOnFailure)
        .raiseOnTimeout(isRaiseOnTimeout)
        .cancelOnTimeout(isCancelOnTimeout)
        .cancelOnAbort(isCancelOnAbort)
        .pollPolicy(pollPolicy)
        .progressListener { progress ->
            own?.onProgress(progress)
            listener.onProgress(progress)
        }
        .build()
}
