package io.github.airbytekit.connections;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of this module's tests: records every line of airbytekit's loggers, at every level, so a test
 * can read what a real binding would print. Everything else is dropped.
 */
public final class RecordingLogs implements SLF4JServiceProvider {
  private static final List<String> LINES = new ArrayList<>();

  private final ILoggerFactory factory = RecordingLogger::new;

  /** {@return every line recorded so far in this JVM, as {@code LEVEL logger: message}} */
  static List<String> lines() {
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return new BasicMarkerFactory();
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return new NOPMDCAdapter();
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class RecordingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final boolean ours;

    RecordingLogger(String name) {
      this.name = name;
      this.ours = name.startsWith("io.github.airbytekit");
    }

    @Override
    public boolean isTraceEnabled() {
      return ours;
    }

    @Override
    public boolean isDebugEnabled() {
      return ours;
    }

    @Override
    public boolean isInfoEnabled() {
      return ours;
    }

    @Override
    public boolean isWarnEnabled() {
      return ours;
    }

    @Override
    public boolean isErrorEnabled() {
      return ours;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable thrown) {
      String line = level + " " + name + ": " + MessageFormatter.basicArrayFormat(pattern, arguments)
          + (thrown == null ? "" : " " + thrown);
      synchronized (LINES) {
        LINES.add(line);
      }
    }
  }
}
