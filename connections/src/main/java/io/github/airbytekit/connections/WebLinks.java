package io.github.airbytekit.connections;

/**
 * Where a workspace's resources are in Airbyte's web UI (no I/O).
 *
 * @param webUrlRoot the web UI root, without a trailing {@code /}
 * @param workspaceId the workspace id
 */
record WebLinks(String webUrlRoot, String workspaceId) {
  String workspace() {
    return webUrlRoot + "/workspaces/" + workspaceId;
  }

  String connection(String connectionId) {
    return workspace() + "/connections/" + connectionId;
  }

  String jobHistory(String connectionId) {
    return connection(connectionId) + "/timeline";
  }

  String job(String connectionId, long jobId) {
    return jobHistory(connectionId) + "#" + jobId + "::0";
  }

  String connector(String kind, String id) {
    return workspace() + "/" + kind + "/" + id;
  }
}
