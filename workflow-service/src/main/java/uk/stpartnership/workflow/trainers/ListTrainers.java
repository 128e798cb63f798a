package uk.stpartnership.workflow.trainers;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Trainers with where their accreditation stands: every one for those who read them all, else the person's own. */
@Singleton
public class ListTrainers {

    private final TrainerAccreditationRepository accreditations;
    private final TrainerAccess access;
    private final AccreditationRules rules;

    ListTrainers(TrainerAccreditationRepository accreditations, TrainerAccess access, AccreditationRules rules) {
        this.accreditations = accreditations;
        this.access = access;
        this.rules = rules;
    }

    /** Two queries and a count per page, whatever its size. */
    public Page<TrainerView> list(Actor actor, PageRequest page) {
        access.refuseEvaluators(actor);
        var found = accreditations.list(access.readsEveryTrainer(actor), actor.id(), page.pageable());
        List<String> ids = found.getContent().stream().map(TrainerAccreditation::trainerId).toList();
        Map<String, Long> cohorts = ids.isEmpty() ? Map.of() : accreditations.deliveriesOf(ids).stream()
                .collect(Collectors.toMap(TrainerAccreditationRepository.DeliveryCount::trainerId,
                        TrainerAccreditationRepository.DeliveryCount::cohorts));
        return Page.of(found, a -> TrainerView.of(a, cohorts.getOrDefault(a.trainerId(), 0L), rules));
    }

    public TrainerView one(Actor actor, UUID id) {
        return view(visible(actor, id));
    }

    /** The accreditation, if the person may see it; any other is not found. */
    TrainerAccreditation visible(Actor actor, UUID id) {
        access.refuseEvaluators(actor);
        return accreditations.findByAccreditationId(id).filter(a -> access.sees(actor, a))
                .orElseThrow(() -> ProblemException.notFound("Trainer"));
    }

    TrainerView view(TrainerAccreditation accreditation) {
        List<TrainerAccreditationRepository.DeliveryCount> cohorts = accreditations.deliveriesOf(List.of(accreditation.trainerId()));
        return TrainerView.of(accreditation, cohorts.isEmpty() ? 0 : cohorts.get(0).cohorts(), rules);
    }
}
