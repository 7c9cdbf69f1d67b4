package io.carepulse.liveqa.session;

import io.carepulse.liveqa.LiveSession;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import java.util.List;

/** Payloads of the live-session mutations. */
public final class LiveSessionPayloads {

    private LiveSessionPayloads() {
    }

    interface LiveSessionPayload extends MutationPayload {
        LiveSession liveSession();

        @Override
        default String auditTargetId() {
            return liveSession() == null ? null : GlobalId.encode(LiveSession.TYPE, liveSession().id());
        }

        @Override
        default String auditTargetType() {
            return LiveSession.TYPE;
        }
    }

    record CreateLiveSessionPayload(LiveSession liveSession, List<UserError> userErrors) implements LiveSessionPayload {
    }

    record StartLiveSessionPayload(LiveSession liveSession, List<UserError> userErrors) implements LiveSessionPayload {
    }

    record EndLiveSessionPayload(LiveSession liveSession, List<UserError> userErrors) implements LiveSessionPayload {
    }

    record UpdateLiveSessionPayload(LiveSession liveSession, List<UserError> userErrors) implements LiveSessionPayload {
    }
}
