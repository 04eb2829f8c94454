package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConfigCalls;
import io.github.airbytekit.connections.internal.ConnectionCalls;
import io.github.airbytekit.connections.internal.JobCalls;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.connections.internal.Transport;
import io.github.airbytekit.connections.internal.VersionProfile;
import java.time.Clock;

/**
 * The collaborators of one workspace, built once with exactly what each needs and handed to the facades and
 * handles ({@link CloudConnection}, {@link SyncResult}, {@link CloudSource}, {@link CloudDestination}). The
 * collaborators themselves never reach back through a facade.
 */
final class Collaborators {
  final String workspaceId;
  final WebLinks links;
  final ConnectionCalls connections;
  final JobCalls jobs;
  final ConfigCalls config;
  final SyncTrigger trigger;
  final JobStarter starter;
  final JobWaiter waiter;
  final AsyncJobWaiter async;
  final JobHistory history;
  final StateStore states;
  final CatalogStore catalogs;
  final StreamSelector selector;
  final ConnectorOps connectors;
  final VersionProfile version;

  Collaborators(String workspaceId, String webUrlRoot, Transport transport, Clock clock, Sleeper sleeper,
      RetryPolicy retryPolicy, PollPolicy pollPolicy, WaitScheduler scheduler, AirbyteEventListener events) {
    this.workspaceId = workspaceId;
    this.links = new WebLinks(webUrlRoot, workspaceId);
    this.connections = transport.connections();
    this.jobs = transport.jobs();
    this.config = transport.config();
    this.trigger = new SyncTrigger(jobs, clock, sleeper, retryPolicy);
    this.starter = new JobStarter(jobs, config);
    this.waiter = new JobWaiter(clock, sleeper, pollPolicy, events);
    this.async = new AsyncJobWaiter(waiter, scheduler);
    this.history = new JobHistory(jobs);
    this.states = new StateStore(config);
    this.catalogs = new CatalogStore(config);
    this.version = transport.version();
    this.selector = new StreamSelector(catalogs, version);
    this.connectors = new ConnectorOps(transport.connectors(), workspaceId);
  }
}
