package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.cli.CountProgress.Mark;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CountProgressTest {
  private final StringWriter text = new StringWriter();

  private CountProgress progress(boolean terminal) {
    return new CountProgress(new PrintWriter(text), terminal, "connections", line -> line.replace("s3cret", "***"));
  }

  @Test
  void onATerminalOneBarIsRedrawnInPlaceWithFailuresAbove() {
    CountProgress progress = progress(true);

    progress.started(4);
    progress.done(1, 4, Mark.OK, "[1/4] a written");
    progress.done(2, 4, Mark.FAILED, "[2/4] b failed: token s3cret");
    progress.done(3, 4, Mark.NOTE, "[3/4] c written (inconsistent)");
    progress.done(4, 4, Mark.OK, "[4/4] d written");
    progress.finish();

    assertThat(text.toString()).isEqualTo("\r[..........] 0/4 connections"
        + "\r[##........] 1/4 connections"
        + "\r[2/4] b failed: token ***   \n[##........] 1/4 connections"
        + "\r[#####.....] 2/4 connections, 1 failed"
        + "\r[3/4] c written (inconsistent)        \n[#####.....] 2/4 connections, 1 failed"
        + "\r[#######...] 3/4 connections, 1 failed"
        + "\r[##########] 4/4 connections, 1 failed\n");
  }

  @Test
  void elsewhereEachItemIsOneLine() {
    CountProgress progress = progress(false);

    progress.started(2);
    progress.done(1, 2, Mark.OK, "[1/2] a written");
    progress.done(2, 2, Mark.FAILED, "[2/2] b failed: s3cret");
    progress.finish();

    assertThat(text.toString().lines()).containsExactly("[1/2] a written", "[2/2] b failed: ***");
  }

  @Test
  void theBarCountsFailuresOnlyWhenThereAreSome() {
    CountProgress progress = progress(false);

    assertThat(progress.bar(37, 200)).isEqualTo("[#.........] 37/200 connections");
    progress.done(38, 200, Mark.FAILED, "x");
    progress.done(39, 200, Mark.FAILED, "y");
    assertThat(progress.bar(39, 200)).isEqualTo("[#.........] 39/200 connections, 2 failed");
    assertThat(progress.bar(0, 0)).isEqualTo("[##########] 0/0 connections, 2 failed");
  }
}
