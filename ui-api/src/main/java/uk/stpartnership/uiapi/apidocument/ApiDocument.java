package uk.stpartnership.uiapi.apidocument;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.Router;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.web.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The API document people's clients read, put together from two generated documents so that it cannot drift from
 * what is served: ui-api's own routes (sign-in, the signed-in person), which micronaut-openapi writes when ui-api is
 * compiled, and every workflow-service route that ui-api forwards, from the document micronaut-openapi writes when
 * workflow-service is compiled, from the types that validate its requests (the build copies it here). A
 * workflow-service route ui-api does not forward (the letters for notification-service) is left out, and so are the
 * types only such routes use. Built once, on first request.
 */
@Singleton
public class ApiDocument {

    private static final String OWN_DOCUMENT = "META-INF/swagger/ui-api.json";
    private static final String WORKFLOW_DOCUMENT = "META-INF/workflow-service/workflow-service.json";
    private static final String INTERNAL = "/internal/";
    private static final String API = "/api/";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Router router;
    private final JsonMapper jsonMapper;
    private volatile String document;

    ApiDocument(Router router, JsonMapper jsonMapper) {
        this.router = router;
        this.jsonMapper = jsonMapper;
    }

    /** The document as YAML. */
    public String yaml() {
        String built = document;
        if (built == null) {
            built = build();
            document = built;
        }
        return built;
    }

    private String build() {
        Map<String, Object> own = load(OWN_DOCUMENT);
        Map<String, Object> workflow = load(WORKFLOW_DOCUMENT);
        Map<String, Object> paths = map(own, "paths");
        Set<String> tags = new LinkedHashSet<>();
        map(workflow, "paths").forEach((internalPath, operations) -> {
            String apiPath = API + internalPath.substring(INTERNAL.length());
            Map<String, Object> forwarded = new LinkedHashMap<>();
            asMap(operations).forEach((method, operation) -> {
                if (METHODS.contains(method) && forwards(method, apiPath)) {
                    Map<String, Object> published = asMap(operation);
                    published.put("security", List.of(Map.of(UiApi.BEARER, List.of())));
                    Map<String, Object> responses = map(published, "responses");
                    responses.put("401", problem("No valid bearer token"));
                    responses.put("503", problem("workflow-service is not reachable: try again shortly"));
                    listOf(published.get("tags")).forEach(tag -> tags.add(String.valueOf(tag)));
                    forwarded.put(method, published);
                }
            });
            if (!forwarded.isEmpty()) {
                paths.put(apiPath, forwarded);
            }
        });
        Map<String, Object> schemas = map(map(own, "components"), "schemas");
        schemas.putAll(map(map(workflow, "components"), "schemas"));
        schemas.keySet().retainAll(referenced(paths, schemas));
        typeNullableReferences(own, schemas);
        List<Object> allTags = new ArrayList<>(listOf(own.get("tags")));
        listOf(workflow.get("tags")).stream().filter(tag -> tags.contains(String.valueOf(asMap(tag).get("name")))).forEach(allTags::add);
        own.put("tags", allTags);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(own);
    }

    /** Whether ui-api has a route for the method and path, by the path's shape ({id} stands for any one segment). */
    private boolean forwards(String method, String apiPath) {
        String example = apiPath.replaceAll("\\{[^}/]+}", "1");
        return router.find(HttpMethod.parse(method.toUpperCase(Locale.ROOT)), example, null).findAny().isPresent();
    }

    /** The schemas the published paths name, and those they name in turn. */
    private static Set<String> referenced(Map<String, Object> paths, Map<String, Object> schemas) {
        Set<String> names = new LinkedHashSet<>();
        List<Object> toRead = new ArrayList<>(List.of(paths));
        while (!toRead.isEmpty()) {
            Object node = toRead.remove(toRead.size() - 1);
            if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    if ("$ref".equals(key) && value instanceof String ref && ref.startsWith(SCHEMA_REF)
                            && names.add(ref.substring(SCHEMA_REF.length()))) {
                        toRead.add(schemas.get(ref.substring(SCHEMA_REF.length())));
                    } else {
                        toRead.add(value);
                    }
                });
            } else if (node instanceof List<?> list) {
                toRead.addAll(list);
            }
        }
        return names;
    }

    /**
     * micronaut-openapi writes a nullable reference as {nullable: true, allOf: [{$ref}]}; OpenAPI 3.0.3 gives nullable
     * meaning only beside a type, so the referenced schema's type is written there too.
     */
    private static void typeNullableReferences(Object node, Map<String, Object> schemas) {
        if (node instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("nullable")) && !map.containsKey("type") && map.get("allOf") instanceof List<?> allOf
                    && allOf.size() == 1 && allOf.get(0) instanceof Map<?, ?> only && only.get("$ref") instanceof String ref
                    && ref.startsWith(SCHEMA_REF) && schemas.get(ref.substring(SCHEMA_REF.length())) instanceof Map<?, ?> target
                    && target.get("type") != null) {
                asMap(map).put("type", target.get("type"));
            }
            map.values().forEach(value -> typeNullableReferences(value, schemas));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> typeNullableReferences(value, schemas));
        }
    }

    private static Map<String, Object> problem(String description) {
        return Map.of("description", description, "content", Map.of(Problem.CONTENT_TYPE,
                Map.of("schema", Map.of("$ref", SCHEMA_REF + "Problem"))));
    }

    /** Both documents are generated as JSON: as YAML, a time such as 10:00 could be read back as a number. */
    private Map<String, Object> load(String resource) {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build ui-api with workflow-service (./mvnw package)");
            }
            return jsonMapper.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The map under the key, made (and put there) when absent. */
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return asMap(parent.computeIfAbsent(key, absent -> new LinkedHashMap<String, Object>()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
