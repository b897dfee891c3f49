package org.borderledger.web.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.screening.api.FetchScreeningListPublicationsQuery;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFile;
import org.borderledger.screening.api.ListFileReader;
import org.borderledger.screening.api.ListImportException;
import org.borderledger.screening.api.ListSource;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.borderledger.screening.api.RowProblem;
import org.borderledger.screening.api.ScreeningListPublication;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * An administrator's upload, for the console and the API alike: the files read as their publisher
 * releases them, then published by the register in the administrator's name. Files that cannot be
 * read publish nothing and say every problem; the list in force stays as it was.
 */
@Component
public class ListPublishing {

    /** What became of an upload: published, unreadable (every problem), or refused by the register. */
    public sealed interface Result {
    }

    public record Published(PublicationView publication) implements Result {
    }

    public record Unreadable(List<RowProblem> problems) implements Result {
    }

    public record Refused(CommandOutcome outcome) implements Result {
    }

    private final ConsoleCommands commands;
    private final QueryGateway queries;
    private final ListFileReader reader;

    ListPublishing(ConsoleCommands commands, QueryGateway queries, ListFileReader reader) {
        this.commands = commands;
        this.queries = queries;
        this.reader = reader;
    }

    /** {@code source} as the form or the request named it, {@code files} as uploaded (empty inputs are skipped). */
    public Result publish(String source, List<MultipartFile> files, SignedInUser user) {
        List<RowProblem> problems = new ArrayList<>();
        ListSource listSource = source(source).orElse(null);
        if (listSource == null) {
            problems.add(new RowProblem("source", 0, "Choose the list the files are: one of "
                    + Arrays.stream(ListSource.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
        }
        List<ListFile> uploaded = files == null ? List.of() : files.stream().filter(file -> !file.isEmpty())
                .map(ListPublishing::read).toList();
        if (uploaded.isEmpty()) {
            problems.add(new RowProblem("files", 0, "Choose at least one file to publish."));
        }
        if (!problems.isEmpty()) {
            return new Unreadable(problems);
        }
        ImportedList imported;
        try {
            imported = reader.read(listSource, uploaded);
        } catch (ListImportException unreadable) {
            return new Unreadable(unreadable.problems());
        }
        CommandOutcome outcome = commands.send(new PublishScreeningListCommand(List.of(imported)), user);
        if (!outcome.accepted()) {
            return new Refused(outcome);
        }
        String version = (String) outcome.result();
        return new Published(history().stream().filter(p -> p.version().equals(version)).findFirst().orElseThrow());
    }

    /** Every publication, newest first. */
    public List<PublicationView> history() {
        List<PublicationView> history = new ArrayList<>(queries.query(new FetchScreeningListPublicationsQuery(),
                ResponseTypes.multipleInstancesOf(ScreeningListPublication.class)).join().stream().map(PublicationView::of).toList());
        Collections.reverse(history);
        return history;
    }

    private static Optional<ListSource> source(String name) {
        return Arrays.stream(ListSource.values())
                .filter(s -> name != null && s.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    /** The file's own name, without any folder a browser sent with it. */
    private static ListFile read(MultipartFile file) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        try {
            return new ListFile(name == null || name.isBlank() ? file.getName() : name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + name, e);
        }
    }
}
