package uk.stpartnership.workflow.complaints;

import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.complaints.ProtectedDetail.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenResponseTest {

    private static final List<ProtectedDetail> DETAILS = List.of(
            new ProtectedDetail(Kind.REFUGE, "Nightingale House"),
            new ProtectedDetail(Kind.ADDRESS, "Flat 3, 14 Mare Street, London E8 3RH"),
            new ProtectedDetail(Kind.SCHOOL, "St Mary's Primary School"),
            new ProtectedDetail(Kind.AREA, "Bow"),
            new ProtectedDetail(Kind.CONTACT_DETAILS, "07700 900123"));

    @Test
    void aRefugeNamedInAnyCaseAndSpacingIsADisclosure() {
        var result = ScreenResponse.screen("We have spoken to staff at\nNIGHTINGALE   house about your concerns.", DETAILS);
        assertThat(result.blocked()).isTrue();
        assertThat(result.matches()).containsExactly(new ScreenResponse.Match(Kind.REFUGE, "Nightingale House"));
    }

    @Test
    void aPostcodeMatchesHoweverItIsSpaced() {
        assertThat(ScreenResponse.screen("Letters should no longer go to e83rh.", DETAILS).matches())
                .containsExactly(new ScreenResponse.Match(Kind.ADDRESS, "Flat 3, 14 Mare Street, London E8 3RH"));
        assertThat(ScreenResponse.screen("The family now lives near E8  3RH.", DETAILS).blocked()).isTrue();
    }

    @Test
    void anAddressFirstLineMatchesAsAPhrase() {
        assertThat(ScreenResponse.screen("A visit to 14 Mare Street was arranged.", DETAILS).matches())
                .extracting(ScreenResponse.Match::kind).containsExactly(Kind.ADDRESS);
        // The words apart, or one common word of the address, are not the address.
        assertThat(ScreenResponse.screen("Street 14 of Mare; our London office replied.", DETAILS).blocked()).isFalse();
    }

    @Test
    void aSchoolNameMatchesWithOrWithoutItsApostrophe() {
        assertThat(ScreenResponse.screen("The children remain at St Marys Primary School.", DETAILS).matches())
                .extracting(ScreenResponse.Match::kind).containsExactly(Kind.SCHOOL);
        assertThat(ScreenResponse.screen("the children remain at st. mary's primary school", DETAILS).blocked()).isTrue();
    }

    @Test
    void aShortDetailDoesNotMatchInsideLongerWords() {
        var result = ScreenResponse.screen("We elbowed no one; the bowling club and the rainbow room are closed. Elbow.", DETAILS);
        assertThat(result.blocked()).isFalse();
        assertThat(result.matches()).isEmpty();
        assertThat(ScreenResponse.screen("She has moved to Bow.", DETAILS).matches()).extracting(ScreenResponse.Match::kind).containsExactly(Kind.AREA);
    }

    @Test
    void aPhoneNumberMatchesHoweverItsDigitsAreGrouped() {
        assertThat(ScreenResponse.screen("Call her on 07700900123.", DETAILS).blocked()).isTrue();
        assertThat(ScreenResponse.screen("Call her on +44 7700 900 123.", DETAILS).blocked()).isTrue();
        assertThat(ScreenResponse.screen("Reference 0770 1234.", DETAILS).blocked()).isFalse();
    }

    @Test
    void victimBlamingTermsAreWarningsNotDisclosures() {
        var result = ScreenResponse.screen("Given the Parental   Conflict and the volatile relationship, and toxic relationship;"
                + " relationship difficulties were noted.", DETAILS);
        assertThat(result.blocked()).isFalse();
        assertThat(result.matches()).isEmpty();
        assertThat(result.warnings()).containsExactly("parental conflict", "relationship difficulties", "volatile relationship",
                "toxic relationship");
        assertThat(ScreenResponse.screen("Our relationship with the school is good.", DETAILS).warnings()).isEmpty();
    }

    @Test
    void aCleanDraftPasses() {
        var result = ScreenResponse.screen("Thank you for your complaint. We have reviewed the decisions made.", DETAILS);
        assertThat(result.blocked()).isFalse();
        assertThat(result.matches()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(ScreenResponse.screen(null, List.of()).blocked()).isFalse();
    }
}
