package org.vietlao.linkage.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;

/**
 * Makes the OpenAPI description tell the truth about answers, for every operation without each controller
 * spelling it out: its success status with the schema of what the handler returns, and its errors as
 * {@code application/problem+json} ({@code Problem}) grouped by HTTP status, each listing the codes it can
 * carry. The codes come from what every operation of its kind can meet (a token is needed, a body may be
 * malformed, a parameter of the wrong type), from {@link ErrorCodes} on the handler, and from codes named in
 * its {@code @ApiResponse} descriptions. A code is always listed under its own status ({@link ErrorCode#status()}),
 * whatever response the description was written on.
 */
@Component
class ApiAnswers implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})-(\\d{3})(?:\\s*(?:…|\\.\\.\\.?)\\s*\\1-(\\d{3}))?");

    private final MessageSource messages;

    ApiAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        Content returned = returnedContent(responses, handler);
        addSuccess(responses, handler, returned);

        Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
        codes.addAll(generalCodes(operation, handler));
        ErrorCodes declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ErrorCodes.class);
        if (declared != null) {
            codes.addAll(List.of(declared.value()));
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        responses.forEach((status, response) -> {
            if (isError(status)) {
                codes.addAll(codesIn(response.getDescription()));
                descriptions.put(status, response.getDescription());
            }
        });
        responses.keySet().removeIf(ApiAnswers::isError);
        Map<Integer, List<ErrorCode>> byStatus = codes.stream()
                .filter(code -> code.status().isError())
                .collect(Collectors.groupingBy(code -> code.status().value(), TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, list) -> responses.addApiResponse(
                String.valueOf(status), problemResponse(list, descriptions.get(String.valueOf(status)))));
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        // A relative server: the document is right wherever the platform is deployed.
        openApi.setServers(List.of(new Server().url("/").description("This platform")));
        if (openApi.getInfo() != null && openApi.getInfo().getLicense() == null) {
            // No licence has been granted for the platform yet; say so rather than invent one.
            openApi.getInfo()
                    .license(new License()
                            .name("No licence granted yet: ask the platform's operators")
                            .identifier("LicenseRef-Unlicensed"));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ApiAnswers::textExamples));
    }

    /** A numeric-looking example of a text parameter ("1062") is written as text, as its schema says. */
    private static void textExamples(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema<?> schema = parameter.getSchema();
            if (schema != null
                    && "string".equals(typeOf(schema))
                    && parameter.getExample() != null
                    && !(parameter.getExample() instanceof String)) {
                parameter.setExample(String.valueOf(parameter.getExample()));
            }
        }
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null || schema.getTypes().isEmpty()
                ? null
                : schema.getTypes().iterator().next();
    }

    /** What springdoc derived from the handler's return type (it puts it on every documented response). */
    private static Content returnedContent(ApiResponses responses, HandlerMethod handler) {
        Class<?> type = handler.getReturnType().getParameterType();
        if (type == void.class || type == Void.class) {
            return null;
        }
        for (ApiResponse response : responses.values()) {
            if (response.getContent() != null && !response.getContent().isEmpty()) {
                return jsonInsteadOfAny(response.getContent());
            }
        }
        return null;
    }

    private static Content jsonInsteadOfAny(Content content) {
        Content out = new Content();
        content.forEach((type, media) -> out.addMediaType(type.equals("*/*") ? "application/json" : type, media));
        return out;
    }

    private static void addSuccess(ApiResponses responses, HandlerMethod handler, Content returned) {
        boolean hasSuccess = responses.keySet().stream().anyMatch(status -> status.startsWith("2"));
        if (!hasSuccess) {
            ResponseStatus declared =
                    AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
            HttpStatus status = declared != null ? declared.code() : HttpStatus.OK;
            if (returned == null && status == HttpStatus.OK) {
                status = HttpStatus.NO_CONTENT;
            }
            ApiResponse success = new ApiResponse().description(status.getReasonPhrase());
            if (status != HttpStatus.NO_CONTENT && returned != null) {
                success.setContent(returned);
            }
            responses.addApiResponse(String.valueOf(status.value()), success);
            return;
        }
        // ResponseEntity<Void>: springdoc says "200 OK"; the platform's handlers of that kind answer 204.
        ApiResponse ok = responses.get("200");
        if (ok != null
                && (ok.getContent() == null || ok.getContent().isEmpty())
                && isEntityOfVoid(handler)
                && AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class) == null) {
            responses.remove("200");
            responses.addApiResponse("204", ok.description("No Content"));
        }
        responses.forEach((status, response) -> {
            if (status.equals("204")) {
                response.setContent(null);
            } else if (status.startsWith("2") && response.getContent() != null) {
                response.setContent(jsonInsteadOfAny(response.getContent()));
            }
        });
    }

    private static boolean isEntityOfVoid(HandlerMethod handler) {
        var type = ResolvableType.forMethodParameter(handler.getReturnType());
        return ResponseEntity.class.isAssignableFrom(type.toClass())
                && type.getGeneric(0).toClass() == Void.class;
    }

    /** The codes every operation of this kind can meet, whatever its handler does. */
    private static Set<ErrorCode> generalCodes(Operation operation, HandlerMethod handler) {
        Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
        boolean isPublic =
                operation.getSecurity() != null && operation.getSecurity().isEmpty()
                        || handler.hasMethodAnnotation(PermitAll.class);
        // A bad or revoked token is refused on public operations too.
        codes.add(ErrorCode.AUT_001);
        codes.add(ErrorCode.AUT_005);
        if (!isPublic && restrictsRoles(handler)) {
            codes.add(ErrorCode.AUT_002);
        }
        // An Accept header the operation cannot produce; a control character in any query parameter; a request
        // the servlet container refuses before routing (an encoded slash or NUL in the path, headers too long).
        codes.add(ErrorCode.PLT_010);
        codes.add(ErrorCode.PLT_012);
        codes.add(ErrorCode.PLT_015);
        boolean hasBody = false;
        boolean hasUpload = false;
        boolean hasLimitedText = false;
        boolean hasParameters = false;
        boolean hasPathVariable = false;
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                hasBody = true;
            } else if (parameter.hasParameterAnnotation(RequestPart.class)) {
                hasBody = true;
                hasUpload = true;
            } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                hasPathVariable = true;
                hasParameters = true;
            } else if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class)) {
                hasParameters = true;
            }
            // A text parameter with a declared maximum answers PLT-013 when longer.
            hasLimitedText |= parameter.hasParameterAnnotation(jakarta.validation.constraints.Size.class);
        }
        if (hasBody) {
            codes.addAll(List.of(ErrorCode.PLT_001, ErrorCode.PLT_002, ErrorCode.PLT_003));
            codes.addAll(List.of(ErrorCode.PLT_004, ErrorCode.PLT_007));
            codes.addAll(List.of(ErrorCode.PLT_011, ErrorCode.PLT_013));
        }
        if (hasUpload) {
            codes.add(ErrorCode.PLT_014);
        }
        if (hasParameters) {
            codes.addAll(List.of(ErrorCode.PLT_002, ErrorCode.PLT_003));
        }
        if (hasLimitedText) {
            codes.add(ErrorCode.PLT_013);
        }
        if (hasPathVariable) {
            // A path segment the router cannot take apart (an encoded line break) is malformed.
            codes.add(ErrorCode.PLT_001);
            codes.add(ErrorCode.PLT_002);
            codes.add(ErrorCode.PLT_005);
        }
        return codes;
    }

    private static boolean restrictsRoles(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule != null) {
            String expression = rule.value().replace(" ", "");
            return !expression.equals("isAuthenticated()") && !expression.equals("permitAll()");
        }
        return handler.hasMethodAnnotation(Secured.class)
                || handler.hasMethodAnnotation(jakarta.annotation.security.RolesAllowed.class)
                || handler.hasMethodAnnotation(jakarta.annotation.security.DenyAll.class);
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** Codes named in a text: "ENT-011: ..." and ranges such as "ENT-001…ENT-010". */
    static Set<ErrorCode> codesIn(String text) {
        Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
        if (text == null) {
            return codes;
        }
        Map<String, ErrorCode> known = new LinkedHashMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            known.put(code.code(), code);
        }
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            int from = Integer.parseInt(matcher.group(2));
            int to = matcher.group(3) != null ? Integer.parseInt(matcher.group(3)) : from;
            for (int n = from; n <= to; n++) {
                ErrorCode code = known.get(String.format(Locale.ROOT, "%s-%03d", matcher.group(1), n));
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private ApiResponse problemResponse(List<ErrorCode> codes, String writtenDescription) {
        String listed = codes.stream()
                .map(code ->
                        code.code() + ": " + messages.getMessage(code.messageKey(), null, code.code(), Locale.ENGLISH))
                .collect(Collectors.joining("; "));
        String description = writtenDescription != null && !writtenDescription.isBlank()
                ? writtenDescription + ". Codes: " + listed
                : listed;
        Schema<Object> schema = new Schema<>();
        schema.addAllOfItem(new Schema<>().$ref(PROBLEM_REF));
        schema.addAllOfItem(new ObjectSchema()
                .addProperty(
                        "code",
                        new StringSchema()
                                ._enum(codes.stream().map(ErrorCode::code).toList())));
        MediaType media = new MediaType().schema(schema);
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    /** RFC 9457 problem details with the platform's {@code code} and {@code errors[]}. */
    private static Schema<?> problemSchema() {
        Schema<Object> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The offending field, e.g. offers[0].hsCode"))
                .addProperty(
                        "message", new StringSchema().description("What is wrong with it, in the caller's language"));
        fieldError.setRequired(new ArrayList<>(List.of("field", "message")));
        Schema<Object> problem = new ObjectSchema()
                .description("An error (RFC 9457 problem details). Clients act on `code`, never on the texts.")
                .addProperty("type", new StringSchema().format("uri").example("urn:vietlao-linkage:problem:ENT-011"))
                .addProperty("title", new StringSchema().description("Short title in the caller's language"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("Explanation in the caller's language"))
                .addProperty(
                        "instance", new StringSchema().format("uri-reference").description("The path asked for"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .pattern("^[A-Z]{3}-[0-9]{3}$")
                                .description("Stable error code (catalogue: ErrorCode)")
                                .example("ENT-011"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("Each offending field"));
        problem.setRequired(new ArrayList<>(List.of("type", "title", "status", "code", "errors")));
        return problem;
    }
}
