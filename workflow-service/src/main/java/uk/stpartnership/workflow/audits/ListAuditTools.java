package uk.stpartnership.workflow.audits;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The audit tool's versions, each with its criteria: open to anyone signed in (they hold no case and no person). */
@Singleton
public class ListAuditTools {

    private final AuditToolRepository tools;
    private final AuditCriterionRepository criteria;

    ListAuditTools(AuditToolRepository tools, AuditCriterionRepository criteria) {
        this.tools = tools;
        this.criteria = criteria;
    }

    /** A page of versions, by name and newest first: two queries whatever the page's size. */
    @Transactional(readOnly = true)
    public Page<AuditToolView> list(PageRequest page) {
        var found = tools.list(page.pageable());
        Map<UUID, List<AuditCriterion>> byTool = criteria.ofTools(found.getContent().stream().map(AuditTool::id).toList()).stream()
                .collect(Collectors.groupingBy(AuditCriterion::toolId));
        return Page.of(found, tool -> AuditToolView.of(tool, byTool.getOrDefault(tool.id(), List.of())));
    }

    @Transactional(readOnly = true)
    public AuditToolView view(UUID id) {
        AuditTool tool = tools.findById(id).orElseThrow(() -> ProblemException.notFound("Audit tool"));
        return AuditToolView.of(tool, criteria.ofTools(List.of(id)));
    }
}
