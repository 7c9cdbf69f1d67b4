package io.carepulse.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * When a test fails because something it waited for timed out, prints what every thread of the
 * test JVM is doing right then, with the locks they hold and wait for: a stalled event loop, a
 * deadlock or a busy machine then tells itself apart in the CI log, instead of a bare timeout.
 */
public class TimeoutThreadDump implements TestExecutionListener {

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getThrowable().filter(TimeoutThreadDump::causedByTimeout).isPresent()) {
            String name = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                    .map(method -> method.getClassName() + "." + method.getMethodName())
                    .orElse(test.getDisplayName());
            System.err.println(dump(name));
        }
    }

    static boolean causedByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    static String dump(String test) {
        StringBuilder out = new StringBuilder("Threads when \"").append(test).append("\" timed out:\n");
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
            if (thread.getLockName() != null) {
                out.append(" on ").append(thread.getLockName());
            }
            if (thread.getLockOwnerName() != null) {
                out.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
            }
            out.append('\n');
            for (StackTraceElement frame : thread.getStackTrace()) {
                out.append("\tat ").append(frame).append('\n');
            }
        }
        return out.toString();
    }
}
