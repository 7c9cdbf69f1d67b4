package io.carepulse.liveqa.events;

import io.carepulse.liveqa.LiveEvent;

import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.security.SocketAuthority;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * What this instance does when a session's end passes its event stream: its audience's sockets
 * speak for no one any more, so they are closed (after the end event reached them, as the
 * platform's {@link EventHub} delivers in order).
 */
@Component
public class SessionEndings implements SmartLifecycle {

    private final EventHub hub;
    private final SocketAuthority sockets;
    private volatile Disposable listening;

    SessionEndings(EventHub hub, SocketAuthority sockets) {
        this.hub = hub;
        this.sockets = sockets;
    }

    @Override
    public void start() {
        listening = hub.allOrganizations(LiveEventLog.STREAM)
                .filter(event -> LiveEvent.Type.SESSION_ENDED.name().equals(event.type()))
                .subscribe(event -> sockets.closeWhere(caller -> caller.isParticipant()
                        && caller.organization().equals(event.organizationId())
                        && caller.participant().sessionId().equals(event.key()), "The live session has ended"));
    }

    @Override
    public void stop() {
        Disposable current = listening;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable current = listening;
        return current != null && !current.isDisposed();
    }
}
