package uk.stpartnership.workflow.access;

import java.util.Set;

/** The signed-in person on whose behalf ui-api calls: who they are, their organisation and their roles. */
public record Actor(String id, String organisation, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean holdsAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean seesAcrossBoroughs() {
        return roles.stream().anyMatch(Role::partnershipWide);
    }
}
