package uk.stpartnership.workflow.audits;

import uk.stpartnership.web.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A borough's cohort as the CSV it uploads: a header row, then one case per row. Audits work on case references,
 * never on people, so a file that holds anything about a person is refused whole, naming the column or the row; so
 * are a malformed row and a repeated reference. A refusal never repeats the value it is about: it may be a name.
 * docs/CASE-AUDITS.md gives the rules.
 */
public final class CohortFile {

    /** 10 MB: a cohort of case references is a few kilobytes; anything this large is not one. */
    public static final int MAXIMUM_BYTES = 10 * 1024 * 1024;
    static final String FIELD = "file";

    private static final String REFERENCE = "case_reference";
    private static final String TEAM = "team";
    private static final String TRAINING = "worker_training";
    private static final String CLOSED_ON = "closed_on";
    /** Each column the file takes, by its header written in letters only ("Case reference", "case_ref" …). */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("casereference", REFERENCE), Map.entry("caseref", REFERENCE), Map.entry("reference", REFERENCE),
            Map.entry("caseid", REFERENCE), Map.entry("team", TEAM), Map.entry("teamname", TEAM), Map.entry("workertraining", TRAINING),
            Map.entry("trainingstatus", TRAINING), Map.entry("allocatedworkertraining", TRAINING), Map.entry("closedon", CLOSED_ON),
            Map.entry("closuredate", CLOSED_ON), Map.entry("dateclosed", CLOSED_ON));
    /** Headers that are about a person: any column whose letters hold one of these. */
    private static final List<String> ABOUT_A_PERSON = List.of("name", "forename", "surname", "dob", "birth", "address", "postcode",
            "nhs", "nationalinsurance", "nino", "email", "phone", "mobile", "ethnicity", "gender");
    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}");
    private static final Pattern LOOKS_LIKE_A_DATE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}");
    /** Two or three capitalised words ("Jo Okafor"), unless one of them is a word teams are named with. */
    private static final Pattern LOOKS_LIKE_A_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*)(?: \\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*){1,2}");
    private static final Set<String> TEAM_WORDS = Set.of("team", "unit", "service", "services", "hub", "support", "children", "child",
            "families", "family", "assessment", "safeguarding", "protection", "court", "care", "duty", "intake", "looked", "after",
            "early", "help", "north", "south", "east", "west", "central", "locality", "disabled", "disability", "leaving", "fostering",
            "adoption", "edge", "adolescent", "adolescents", "youth", "justice", "front", "door", "need", "in", "and", "the", "of");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private CohortFile() {
    }

    /** The cases, in the file's order; a 400 naming the column or the row when the file cannot be taken. */
    public static List<CohortCase> read(byte[] file) {
        if (file.length >= MAXIMUM_BYTES) {
            throw refused("is 10 MB or more: a cohort file holds case references only, a few kilobytes");
        }
        List<List<String>> rows = rows(text(file));
        if (rows.isEmpty()) {
            throw refused("is empty: its first row names the columns, starting with case_reference");
        }
        List<String> columns = columns(rows.get(0));
        List<CohortCase> cases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            int row = i + 1;
            List<String> values = rows.get(i);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            if (values.size() != columns.size()) {
                throw refused("row " + row + " has " + values.size() + (values.size() == 1 ? " value" : " values") + " where the header has "
                        + columns.size() + " columns");
            }
            Map<String, String> value = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                value.put(columns.get(c), values.get(c).strip());
            }
            CohortCase read = cohortCase(row, value);
            Integer first = seen.putIfAbsent(read.caseReference().toUpperCase(Locale.ROOT), row);
            if (first != null) {
                throw refused("row " + row + " repeats the case reference of row " + first);
            }
            cases.add(read);
        }
        if (cases.isEmpty()) {
            throw refused("has a header and no cases");
        }
        return cases;
    }

    private static CohortCase cohortCase(int row, Map<String, String> value) {
        String reference = value.get(REFERENCE);
        if (reference.isEmpty()) {
            throw refused("row " + row + " has no case reference");
        }
        if (LOOKS_LIKE_A_DATE.matcher(reference).matches()) {
            throw refused("row " + row + ", " + REFERENCE + ": looks like a date of birth, not a case reference");
        }
        if (!CASE_REFERENCE.matcher(reference).matches()) {
            throw refused("row " + row + ", " + REFERENCE + ": a case reference is letters, digits and - / _ . (no spaces), up to 64");
        }
        String team = value.getOrDefault(TEAM, "");
        if (LOOKS_LIKE_A_DATE.matcher(team).matches()) {
            throw refused("row " + row + ", " + TEAM + ": looks like a date of birth, not a team");
        }
        if (looksLikeAName(team)) {
            throw refused("row " + row + ", " + TEAM + ": looks like a person's name, not a team; audits never take names");
        }
        if (team.length() > 100) {
            throw refused("row " + row + ", " + TEAM + ": is longer than 100 characters");
        }
        String training = value.getOrDefault(TRAINING, "");
        WorkerTraining workerTraining = training.isEmpty() ? null : WorkerTraining.read(training).orElseThrow(() ->
                refused("row " + row + ", " + TRAINING + ": must be champion, S&T trained or not trained (or blank)"));
        String closed = value.getOrDefault(CLOSED_ON, "");
        return new CohortCase(reference, team.isEmpty() ? null : team, workerTraining, closed.isEmpty() ? null : date(row, closed));
    }

    static boolean looksLikeAName(String text) {
        return LOOKS_LIKE_A_NAME.matcher(text).matches()
                && Pattern.compile(" ").splitAsStream(text).noneMatch(word -> TEAM_WORDS.contains(word.toLowerCase(Locale.ROOT)));
    }

    private static LocalDate date(int row, String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refused("row " + row + ", " + CLOSED_ON + ": must be a date such as 2022-06-30 or 30/06/2022");
        }
    }

    private static List<String> columns(List<String> header) {
        List<String> columns = new ArrayList<>();
        for (String title : header) {
            String letters = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            String column = COLUMNS.get(letters);
            if (column == null && ABOUT_A_PERSON.stream().anyMatch(letters::contains)) {
                throw refused("column '" + title.strip() + "' is about a person: audits work on case references, never on people."
                        + " Remove the column and upload the file again");
            }
            if (column == null) {
                throw refused("column '" + title.strip() + "' is not one the cohort file takes: case_reference, and optionally team, "
                        + "worker_training, closed_on");
            }
            if (columns.contains(column)) {
                throw refused("column '" + title.strip() + "' repeats " + column);
            }
            columns.add(column);
        }
        if (!columns.contains(REFERENCE)) {
            throw refused("has no case_reference column");
        }
        return columns;
    }

    private static String text(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw refused("is not text in UTF-8: save it from the spreadsheet as CSV UTF-8");
        }
    }

    /** RFC 4180: commas, quoted values with "" for a quote, CRLF or LF. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"' && value.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw refused("row " + (rows.size() + 1) + " opens a quote it never closes");
        }
        if (!value.isEmpty() || !row.isEmpty()) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }

    private static ProblemException refused(String detail) {
        return ProblemException.badField(FIELD, detail);
    }
}
