package org.borderledger.web.audit;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Objects;
import java.util.stream.Stream;
import org.borderledger.checkpoint.api.Checkpoint;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A checkpoint as the small JSON file an auditor keeps outside the system, and back. Reading it checks
 * only its form; whether it is genuine is for the verification to say.
 */
@Component
class CheckpointFiles {

    /** A checkpoint file is about 600 bytes; anything far larger is not one. */
    static final long MAX_BYTES = 16 * 1024;

    private final ObjectMapper json;

    CheckpointFiles(ObjectMapper json) {
        this.json = json;
    }

    byte[] write(Checkpoint checkpoint) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(checkpoint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checkpoint is always writable as JSON", e);
        }
    }

    static String fileName(Checkpoint checkpoint) {
        return "borderledger-checkpoint-" + checkpoint.position() + ".json";
    }

    /** The checkpoint in an uploaded file; refused with a message an auditor can act on when it is not one. */
    Checkpoint read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new NotACheckpointFile("audit.checkpoint.file.missing");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new NotACheckpointFile("audit.checkpoint.file.tooLarge");
        }
        try {
            Checkpoint checkpoint = json.readValue(file.getBytes(), Checkpoint.class);
            if (!Checkpoint.FORMAT.equals(checkpoint.format())) {
                throw new NotACheckpointFile("audit.checkpoint.file.format");
            }
            if (Stream.of(checkpoint.ledgerHash(), checkpoint.madeAt(), checkpoint.madeBy(), checkpoint.publicKey(),
                    checkpoint.signature()).anyMatch(Objects::isNull)) {
                throw new NotACheckpointFile("audit.checkpoint.file.incomplete");
            }
            return checkpoint;
        } catch (MismatchedInputException | JsonParseException e) {
            throw new NotACheckpointFile("audit.checkpoint.file.notJson");
        } catch (IOException e) {
            throw new NotACheckpointFile("audit.checkpoint.file.unreadable");
        }
    }

    /** An uploaded file that is no checkpoint; {@code messageKey} says why, in the auditor's language. */
    static final class NotACheckpointFile extends RuntimeException {

        private final String messageKey;

        NotACheckpointFile(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
