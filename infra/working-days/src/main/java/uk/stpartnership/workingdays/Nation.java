package uk.stpartnership.workingdays;

/** The UK nations whose bank holidays differ. England and Wales share one calendar. */
public enum Nation {
    ENGLAND_AND_WALES("eng"),
    SCOTLAND("sct"),
    NORTHERN_IRELAND("nir");

    private final String subdivision;

    Nation(String subdivision) {
        this.subdivision = subdivision;
    }

    /** The ISO 3166-2 subdivision code the holiday library uses. */
    String subdivision() {
        return subdivision;
    }
}
