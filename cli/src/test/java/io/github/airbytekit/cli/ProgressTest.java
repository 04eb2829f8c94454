package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void onATerminalRedrawsOneLineInPlace() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), true);

    progress.update("running", "job 1: running 1s");
    progress.update("running", "job 1: running 2s");
    progress.update("done", "job 1: ok");
    progress.finish();

    assertThat(text.toString())
        .isEqualTo("\rjob 1: running 1s\rjob 1: running 2s\rjob 1: ok        \n");
  }

  @Test
  void elsewherePrintsOneLinePerChange() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), false);

    progress.update("running", "job 1: running 1s");
    progress.update("running", "job 1: running 2s");
    progress.update("done", "job 1: ok");
    progress.finish();

    assertThat(text.toString().lines()).containsExactly("job 1: running 1s", "job 1: ok");
  }

  @Test
  void aLineOfItsOwnGoesAboveTheInPlaceLineWhichIsDrawnAgain() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), true);

    progress.update("1", "[#.] 1/2");
    progress.println("b failed");
    progress.finish();

    assertThat(text.toString()).isEqualTo("\r[#.] 1/2\rb failed\n[#.] 1/2\n");
  }
}
