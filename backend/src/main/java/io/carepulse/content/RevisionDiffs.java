package io.carepulse.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.segment.Channel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Content.revisionDiff}: what changed between two revisions, field by field (title, body,
 * each channel's text), line by line, with java-diff-utils' Myers diff — a maintained library
 * rather than our own.
 */
@Controller
class RevisionDiffs {

    enum DiffLineKind { UNCHANGED, ADDED, REMOVED }

    record DiffLine(DiffLineKind kind, String text) {
    }

    record FieldDiff(String field, List<DiffLine> lines) {
    }

    @SchemaMapping(typeName = "Content")
    List<FieldDiff> revisionDiff(Content content, @Argument int from, @Argument int to) {
        Content.Snapshot before = snapshot(content, from, "from");
        Content.Snapshot after = snapshot(content, to, "to");
        List<FieldDiff> diffs = new ArrayList<>();
        field(diffs, "title", before.title(), after.title());
        field(diffs, "body", before.body(), after.body());
        Map<Channel, String> old = texts(before);
        Map<Channel, String> now = texts(after);
        Set<Channel> channels = new LinkedHashSet<>(old.keySet());
        channels.addAll(now.keySet());
        channels.forEach(channel -> field(diffs, "variants." + channel.name(), old.get(channel), now.get(channel)));
        return diffs;
    }

    private static Content.Snapshot snapshot(Content content, int number, String argument) {
        return content.revisions().stream().filter(r -> r.number() == number && r.snapshot() != null).findFirst()
                .map(Content.Revision::snapshot)
                .orElseThrow(() -> new BadInputException("This item has no revision " + number + " to compare",
                        argument));
    }

    private static void field(List<FieldDiff> diffs, String field, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        List<String> old = lines(before);
        List<String> now = lines(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<DiffLine> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                out.add(new DiffLine(DiffLineKind.UNCHANGED, old.get(position)));
            }
            delta.getSource().getLines().forEach(line -> out.add(new DiffLine(DiffLineKind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> out.add(new DiffLine(DiffLineKind.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < old.size(); position++) {
            out.add(new DiffLine(DiffLineKind.UNCHANGED, old.get(position)));
        }
        diffs.add(new FieldDiff(field, out));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }

    private static Map<Channel, String> texts(Content.Snapshot snapshot) {
        return snapshot.variants() == null ? Map.of() : snapshot.variants().stream()
                .collect(Collectors.toMap(Content.Variant::channel, Content.Variant::text, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
