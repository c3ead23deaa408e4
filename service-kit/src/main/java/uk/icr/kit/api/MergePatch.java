package uk.icr.kit.api;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;

/**
 * {@code PATCH} with JSON Merge Patch (RFC 7396): the patch is merged into the resource's editable
 * document, and the result is read and validated exactly as a create body would be, so a patch can never
 * leave a resource in a shape a create would refuse. Absent members stay, {@code null} removes, arrays are
 * replaced whole.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** {@code current} with {@code patch} merged in, as a valid {@code type}; 400 naming the fields otherwise. */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, Problem.MALFORMED_REQUEST, "The body is not a merge patch",
                    "A JSON Merge Patch is a JSON object naming the members to change.");
        }
        T patched;
        try {
            patched = json.treeToValue(merge(json.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw ProblemException.unreadable(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    /** RFC 7396 section 2, on Jackson trees. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
