package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.borderledger.screening.api.RowProblem;
import org.borderledger.web.lists.ListPublishing;
import org.borderledger.web.lists.PublicationView;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Publishing the screening lists from their publishers' files, and the history of every version. */
@RestController
@RequestMapping(path = "/api/screening-lists", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Screening lists")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class ScreeningListApiController {

    private final ListPublishing publishing;

    ScreeningListApiController(ListPublishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping
    @Operation(summary = "Every published version, newest first",
            description = "Version, in force from, who published it, the sources replaced, the files with SHA-256 and size, the counts.")
    @ApiResponse(responseCode = "200", description = "The versions", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = PublicationView.class)),
            examples = @ExampleObject(name = "versions", ref = "#/components/examples/Publications")))
    List<PublicationView> publications() {
        return publishing.history();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Publish a new version of one list",
            description = "source: US_SDN (sdn.csv, alt.csv, add.csv), EU_FSF (the XML file) or GOODS_MEASURES (CSV); files: the"
                    + " publisher's files. Files that cannot be read answer 400 with every problem and change nothing;"
                    + " files that change no entry answer 409 LIST_UNCHANGED.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    examples = @ExampleObject(name = "files", ref = "#/components/examples/ListFiles"))))
    @ApiResponse(responseCode = "201", description = "Published; the body is the new version", content = @Content(
            schema = @Schema(implementation = PublicationView.class),
            examples = @ExampleObject(name = "published", ref = "#/components/examples/Publication")))
    @ApiResponse(responseCode = "400", description = "INVALID_LIST_FILE (with problems: file, line and message of each) or INVALID_VALUE")
    @ApiResponse(responseCode = "409", description = "LIST_UNCHANGED: the files change no entry")
    @ApiResponse(responseCode = "415", description = "UNSUPPORTED_MEDIA_TYPE: the files are not sent as multipart/form-data")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store cannot be read now")
    ResponseEntity<?> publish(@RequestParam(required = false) String source,
                              @RequestParam(name = "files", required = false) List<MultipartFile> files,
                              @AuthenticationPrincipal SignedInUser user) {
        ListPublishing.Result result = publishing.publish(source, files, user);
        if (result instanceof ListPublishing.Published published) {
            return ResponseEntity.created(URI.create("/admin/screening-lists/" + published.publication().version()))
                    .body(published.publication());
        }
        if (result instanceof ListPublishing.Unreadable unreadable) {
            ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "INVALID_LIST_FILE",
                    unreadable.problems().size() + " problem(s) in the files; nothing was published.");
            problem.setProperty("problems", unreadable.problems().stream().map(ScreeningListApiController::json).toList());
            return ApiProblems.answer(problem);
        }
        return ApiProblems.refused(((ListPublishing.Refused) result).outcome());
    }

    private static Map<String, Object> json(RowProblem problem) {
        return Map.of("file", problem.file(), "line", problem.line(), "message", problem.message());
    }
}
