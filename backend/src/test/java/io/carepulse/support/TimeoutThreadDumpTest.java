package io.carepulse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class TimeoutThreadDumpTest {

    @Test
    void aBlockingReadThatTimedOutCountsAsATimeoutAndAFailedAssertionDoesNot() {
        Throwable blockingRead = org.assertj.core.api.Assertions.catchThrowable(
                () -> Mono.never().block(Duration.ofMillis(1)));
        assertThat(TimeoutThreadDump.causedByTimeout(blockingRead)).isTrue();
        assertThat(TimeoutThreadDump.causedByTimeout(new IllegalStateException("wrapped", new TimeoutException())))
                .isTrue();
        assertThat(TimeoutThreadDump.causedByTimeout(new AssertionError("expected 200 but was 401"))).isFalse();
    }

    @Test
    void theDumpNamesEveryThreadWithItsStack() {
        String dump = TimeoutThreadDump.dump("a test");
        assertThat(dump).startsWith("Threads when \"a test\" timed out:")
                .contains("\"" + Thread.currentThread().getName() + "\" RUNNABLE")
                .contains(TimeoutThreadDumpTest.class.getName() + ".theDumpNamesEveryThreadWithItsStack(");
    }
}
