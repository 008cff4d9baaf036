package org.vietlao.linkage.shared;

import org.springframework.http.HttpStatus;

/**
 * The one catalogue of business error codes. A code never changes meaning once released; the message key
 * {@code error.<code>} holds its translated title in every bundle.
 */
public enum ErrorCode {

    // platform
    PLT_001("PLT-001", HttpStatus.BAD_REQUEST), // malformed request body
    PLT_002("PLT-002", HttpStatus.BAD_REQUEST), // parameter of the wrong type or unknown value
    PLT_003("PLT-003", HttpStatus.BAD_REQUEST), // validation failed
    PLT_004("PLT-004", HttpStatus.PAYLOAD_TOO_LARGE), // request body too large
    PLT_005("PLT-005", HttpStatus.NOT_FOUND), // no such resource / path
    PLT_006("PLT-006", HttpStatus.METHOD_NOT_ALLOWED), // method not supported
    PLT_007("PLT-007", HttpStatus.UNSUPPORTED_MEDIA_TYPE), // media type not supported
    PLT_008("PLT-008", HttpStatus.INTERNAL_SERVER_ERROR), // unexpected error (never user input)
    PLT_009("PLT-009", HttpStatus.CONFLICT), // concurrent change or constraint conflict
    PLT_010("PLT-010", HttpStatus.NOT_ACCEPTABLE), // not acceptable
    // hardening of input (issue 9, decision 0007)
    PLT_011("PLT-011", HttpStatus.BAD_REQUEST), // a key repeated in one JSON object
    PLT_012("PLT-012", HttpStatus.BAD_REQUEST), // a control character or unpaired surrogate in a text
    PLT_013("PLT-013", HttpStatus.UNPROCESSABLE_ENTITY), // a text longer than its field allows
    PLT_014("PLT-014", HttpStatus.BAD_REQUEST), // multipart upload not readable (no boundary, truncated)
    PLT_015("PLT-015", HttpStatus.BAD_REQUEST), // refused by the servlet container (encoded path, headers too long)

    // authentication and authorisation
    AUT_001("AUT-001", HttpStatus.UNAUTHORIZED), // not signed in / no or bad token
    AUT_002("AUT-002", HttpStatus.FORBIDDEN), // role or organisation does not allow it
    AUT_003("AUT-003", HttpStatus.UNAUTHORIZED), // wrong username or password
    AUT_004("AUT-004", HttpStatus.TOO_MANY_REQUESTS), // too many failed sign-ins, locked for a while
    AUT_005("AUT-005", HttpStatus.UNAUTHORIZED), // token expired or revoked
    AUT_006("AUT-006", HttpStatus.UNAUTHORIZED), // account disabled

    // reference data
    REF_001("REF-001", HttpStatus.BAD_REQUEST), // malformed HS code
    REF_002("REF-002", HttpStatus.NOT_FOUND), // unknown HS code
    REF_003("REF-003", HttpStatus.BAD_REQUEST), // unknown country
    REF_004("REF-004", HttpStatus.BAD_REQUEST), // malformed date
    REF_005("REF-005", HttpStatus.BAD_REQUEST), // search text missing or too short/long
    REF_006("REF-006", HttpStatus.NOT_FOUND), // unknown border gate
    REF_007("REF-007", HttpStatus.UNPROCESSABLE_ENTITY), // invalid exchange rate
    REF_008("REF-008", HttpStatus.CONFLICT), // exchange rate already recorded
    REF_009("REF-009", HttpStatus.BAD_REQUEST), // unknown language
    // value types and conversion (issue 10)
    REF_010("REF-010", HttpStatus.BAD_REQUEST), // malformed amount or currency
    REF_011("REF-011", HttpStatus.NOT_FOUND), // no exchange rate on or before the date
    REF_012("REF-012", HttpStatus.BAD_REQUEST), // malformed province code
    REF_013("REF-013", HttpStatus.BAD_REQUEST), // malformed border-gate pair id
    REF_014("REF-014", HttpStatus.BAD_REQUEST), // unknown ISO 3166-1 country code
    // daily and monthly exchange rates (issue 15)
    REF_015("REF-015", HttpStatus.UNPROCESSABLE_ENTITY), // rate import refused: rows listed in errors[]
    REF_016("REF-016", HttpStatus.BAD_REQUEST), // rate file missing, unreadable or without the columns
    REF_017("REF-017", HttpStatus.NOT_FOUND), // no such daily or monthly rate

    // pilot
    PIL_001("PIL-001", HttpStatus.UNPROCESSABLE_ENTITY), // empty matrix, row or list
    PIL_002("PIL-002", HttpStatus.UNPROCESSABLE_ENTITY), // missing or non-numeric value
    PIL_003("PIL-003", HttpStatus.UNPROCESSABLE_ENTITY), // matrix not square
    PIL_004("PIL-004", HttpStatus.UNPROCESSABLE_ENTITY), // diagonal cell not 1
    PIL_005("PIL-005", HttpStatus.UNPROCESSABLE_ENTITY), // cell not the reciprocal of its mirror
    PIL_006("PIL-006", HttpStatus.UNPROCESSABLE_ENTITY), // judgement outside [1/9, 9]
    PIL_007("PIL-007", HttpStatus.UNPROCESSABLE_ENTITY), // weights do not sum to 1
    PIL_008("PIL-008", HttpStatus.UNPROCESSABLE_ENTITY), // negative weight
    PIL_009("PIL-009", HttpStatus.UNPROCESSABLE_ENTITY), // sizes do not match
    PIL_010("PIL-010", HttpStatus.UNPROCESSABLE_ENTITY), // criterion neither benefit nor cost
    PIL_011("PIL-011", HttpStatus.UNPROCESSABLE_ENTITY), // too many rows or columns
    PIL_012("PIL-012", HttpStatus.UNPROCESSABLE_ENTITY), // unknown random-index table
    PIL_013("PIL-013", HttpStatus.UNPROCESSABLE_ENTITY), // unknown group aggregation method
    PIL_014("PIL-014", HttpStatus.UNPROCESSABLE_ENTITY), // performance column all zero
    PIL_015("PIL-015", HttpStatus.NOT_FOUND), // no such evaluation (or not visible to the caller)
    PIL_016("PIL-016", HttpStatus.FORBIDDEN), // only the owner may do this
    PIL_017("PIL-017", HttpStatus.CONFLICT), // not allowed in the evaluation's current state
    PIL_018("PIL-018", HttpStatus.CONFLICT), // cannot close: judgements missing
    PIL_019("PIL-019", HttpStatus.CONFLICT), // cannot close: a matrix is too inconsistent
    PIL_020("PIL-020", HttpStatus.FORBIDDEN), // not an evaluator of this evaluation
    PIL_021("PIL-021", HttpStatus.UNPROCESSABLE_ENTITY), // user cannot be invited
    PIL_022("PIL-022", HttpStatus.CONFLICT), // cannot open: candidates or evaluators missing
    PIL_023("PIL-023", HttpStatus.NOT_FOUND), // no such matrix in this evaluation
    PIL_024("PIL-024", HttpStatus.CONFLICT), // the last sub-criterion of a criterion cannot go
    PIL_025("PIL-025", HttpStatus.UNPROCESSABLE_ENTITY), // invalid field
    PIL_026("PIL-026", HttpStatus.NOT_FOUND), // no such candidate, criterion, sub-criterion or evaluator
    PIL_027("PIL-027", HttpStatus.UNPROCESSABLE_ENTITY), // candidate names a linkage chain matching does not have

    // enterprise
    ENT_001("ENT-001", HttpStatus.UNPROCESSABLE_ENTITY), // invalid enterprise profile (several rules, see errors[])
    ENT_002("ENT-002", HttpStatus.UNPROCESSABLE_ENTITY), // registration number malformed or its check digit wrong
    ENT_003("ENT-003", HttpStatus.CONFLICT), // registration number already registered in that country
    ENT_004("ENT-004", HttpStatus.UNPROCESSABLE_ENTITY), // province not a current province of the country
    ENT_005("ENT-005", HttpStatus.UNPROCESSABLE_ENTITY), // sector not an ISIC Rev.4 class
    ENT_006("ENT-006", HttpStatus.UNPROCESSABLE_ENTITY), // HS code malformed or unknown
    ENT_007("ENT-007", HttpStatus.UNPROCESSABLE_ENTITY), // certification not in the catalogue
    ENT_008("ENT-008", HttpStatus.UNPROCESSABLE_ENTITY), // quantity or unit invalid
    ENT_009("ENT-009", HttpStatus.UNPROCESSABLE_ENTITY), // size class missing or inconsistent with employees/revenue
    ENT_010("ENT-010", HttpStatus.UNPROCESSABLE_ENTITY), // too many offers or needs
    ENT_011("ENT-011", HttpStatus.NOT_FOUND), // no such enterprise
    ENT_012("ENT-012", HttpStatus.UNPROCESSABLE_ENTITY), // import refused: rows listed in errors[]
    ENT_013("ENT-013", HttpStatus.BAD_REQUEST), // import file unreadable, without the columns, or too long
    ENT_014("ENT-014", HttpStatus.UNPROCESSABLE_ENTITY), // unknown verification status
    ENT_015("ENT-015", HttpStatus.UNPROCESSABLE_ENTITY), // country not VN or LA

    // matching
    MAT_001("MAT-001", HttpStatus.NOT_FOUND), // unknown enterprise
    MAT_002("MAT-002", HttpStatus.BAD_REQUEST), // limit out of range
    MAT_003("MAT-003", HttpStatus.UNPROCESSABLE_ENTITY), // both enterprises in the same country
    MAT_004("MAT-004", HttpStatus.CONFLICT), // an open interest already exists between the two
    MAT_005("MAT-005", HttpStatus.FORBIDDEN), // only the receiving side answers an interest
    MAT_006("MAT-006", HttpStatus.CONFLICT), // interest expired
    MAT_007("MAT-007", HttpStatus.CONFLICT), // interest already answered or closed
    MAT_008("MAT-008", HttpStatus.NOT_FOUND), // unknown interest
    MAT_009("MAT-009", HttpStatus.UNPROCESSABLE_ENTITY), // invalid value-chain link
    MAT_010("MAT-010", HttpStatus.NOT_FOUND), // unknown value-chain link
    MAT_011("MAT-011", HttpStatus.CONFLICT), // value-chain link already exists
    MAT_012("MAT-012", HttpStatus.UNPROCESSABLE_ENTITY), // invalid linkage chain
    MAT_013("MAT-013", HttpStatus.NOT_FOUND), // unknown linkage chain
    MAT_014("MAT-014", HttpStatus.CONFLICT), // the two enterprises are already linked
    MAT_015("MAT-015", HttpStatus.BAD_REQUEST), // text too long
    MAT_016("MAT-016", HttpStatus.UNPROCESSABLE_ENTITY), // not a suggested partner: no product relation
    MAT_017("MAT-017", HttpStatus.UNPROCESSABLE_ENTITY), // invalid expression of interest
    MAT_018("MAT-018", HttpStatus.CONFLICT), // a linkage chain with that name exists

    // idempotent requests (issue 9, defect 9)
    IDM_001("IDM-001", HttpStatus.UNPROCESSABLE_ENTITY), // Idempotency-Key already used with another request
    IDM_002("IDM-002", HttpStatus.BAD_REQUEST), // Idempotency-Key malformed

    // notification (issue 11)
    NTF_001("NTF-001", HttpStatus.NOT_FOUND), // no such notification in the reader's inbox

    // trade monitoring (issue 12)
    TRD_001("TRD-001", HttpStatus.UNPROCESSABLE_ENTITY), // invalid trade figure
    TRD_002("TRD-002", HttpStatus.NOT_FOUND), // no such trade figure
    TRD_003("TRD-003", HttpStatus.UNPROCESSABLE_ENTITY), // import refused: rows invalid, nothing imported
    TRD_004("TRD-004", HttpStatus.CONFLICT), // the same figure from the same source is already recorded
    TRD_005("TRD-005", HttpStatus.BAD_REQUEST), // file not readable in the format named
    TRD_006("TRD-006", HttpStatus.BAD_REQUEST), // malformed period
    TRD_007("TRD-007", HttpStatus.BAD_REQUEST), // import format unknown, or year/classification missing
    TRD_008("TRD-008", HttpStatus.NOT_FOUND), // no imported world data for that year and classification
    TRD_009("TRD-009", HttpStatus.BAD_REQUEST), // query parameter out of range (years, country, flow)
    TRD_010("TRD-010", HttpStatus.UNPROCESSABLE_ENTITY), // a country-product total too large to store
    TRD_011("TRD-011", HttpStatus.NOT_FOUND), // no import in progress (or ended lately) under that key

    // border (issue 13)
    BRD_001("BRD-001", HttpStatus.NOT_FOUND), // no such declaration for this caller
    BRD_002("BRD-002", HttpStatus.CONFLICT), // action not allowed in the declaration's status
    BRD_003("BRD-003", HttpStatus.CONFLICT), // release before the YELLOW/RED check or inspection is completed
    BRD_004("BRD-004", HttpStatus.CONFLICT), // exit before release
    BRD_005("BRD-005", HttpStatus.CONFLICT), // registration refused: the trader is blocked (reason)
    BRD_006("BRD-006", HttpStatus.UNPROCESSABLE_ENTITY), // declaration content invalid: fields in errors[]
    BRD_007("BRD-007", HttpStatus.UNPROCESSABLE_ENTITY), // unknown border-gate pair
    BRD_008("BRD-008", HttpStatus.UNPROCESSABLE_ENTITY), // unknown trader (no such enterprise)
    BRD_009("BRD-009", HttpStatus.CONFLICT), // cancel after release
    BRD_010("BRD-010", HttpStatus.CONFLICT), // no inspection in a GREEN or BLUE channel
    BRD_011("BRD-011", HttpStatus.NOT_FOUND), // no such vehicle visit for this caller
    BRD_012("BRD-012", HttpStatus.CONFLICT), // the plate already has an open visit
    BRD_013("BRD-013", HttpStatus.CONFLICT), // gate-in refused: no open pre-declaration for the vehicle
    BRD_014("BRD-014", HttpStatus.UNPROCESSABLE_ENTITY), // visit or visit event invalid: fields in errors[]
    BRD_015("BRD-015", HttpStatus.BAD_REQUEST), // time-release period invalid
    BRD_016("BRD-016", HttpStatus.NOT_FOUND), // no such resident for this caller
    BRD_017("BRD-017", HttpStatus.UNPROCESSABLE_ENTITY), // resident or purchase invalid: fields in errors[]
    BRD_018("BRD-018", HttpStatus.NOT_FOUND), // no such parameter
    BRD_019("BRD-019", HttpStatus.UNPROCESSABLE_ENTITY), // parameter value or effective date invalid
    BRD_020("BRD-020", HttpStatus.CONFLICT), // the visit is closed (gate-out recorded)
    BRD_021("BRD-021", HttpStatus.NOT_FOUND), // no such transit movement for this caller
    BRD_022("BRD-022", HttpStatus.UNPROCESSABLE_ENTITY), // transit movement or arrival invalid: fields in errors[]
    BRD_023("BRD-023", HttpStatus.CONFLICT), // transit action not allowed in the movement's status
    BRD_024("BRD-024", HttpStatus.CONFLICT), // not released: the guarantee cannot cover the movement (balance)
    BRD_025("BRD-025", HttpStatus.CONFLICT), // arrival after the time limit without a recorded reason
    BRD_026("BRD-026", HttpStatus.CONFLICT), // not discharged: arrived with a discrepancy (broken seal)
    BRD_027("BRD-027", HttpStatus.NOT_FOUND), // no such guarantee for this caller
    BRD_028("BRD-028", HttpStatus.UNPROCESSABLE_ENTITY), // guarantee invalid: fields in errors[]
    BRD_029("BRD-029", HttpStatus.NOT_FOUND), // no such selectivity rule or trader block
    BRD_030("BRD-030", HttpStatus.UNPROCESSABLE_ENTITY), // selectivity rule or trader block invalid: fields in errors[]
    // expo (issue 14)
    EXP_001("EXP-001", HttpStatus.UNPROCESSABLE_ENTITY), // invalid event (field and rule in errors[])
    EXP_002("EXP-002", HttpStatus.NOT_FOUND), // no such event
    EXP_003("EXP-003", HttpStatus.NOT_FOUND), // no such booth application
    EXP_004("EXP-004", HttpStatus.CONFLICT), // province quota of booths reached
    EXP_005("EXP-005", HttpStatus.CONFLICT), // every hall full (or the chosen hall full)
    EXP_006("EXP-006", HttpStatus.UNPROCESSABLE_ENTITY), // enterprise not verified
    EXP_007("EXP-007", HttpStatus.UNPROCESSABLE_ENTITY), // product not among the enterprise's offers
    EXP_008("EXP-008", HttpStatus.CONFLICT), // already applied for a booth at this event
    EXP_009("EXP-009", HttpStatus.CONFLICT), // application already decided
    EXP_010("EXP-010", HttpStatus.UNPROCESSABLE_ENTITY), // a decline needs a reason
    EXP_011("EXP-011", HttpStatus.UNPROCESSABLE_ENTITY), // invalid scheduling input (field and rule in errors[])
    EXP_012("EXP-012", HttpStatus.UNPROCESSABLE_ENTITY), // a meeting needs two different participants
    EXP_013("EXP-013", HttpStatus.UNPROCESSABLE_ENTITY), // the same pair twice
    EXP_014("EXP-014", HttpStatus.UNPROCESSABLE_ENTITY), // more than 50,000 meetings
    EXP_015("EXP-015", HttpStatus.UNPROCESSABLE_ENTITY), // declared bipartite, but a meeting joins one side
    EXP_016("EXP-016", HttpStatus.NOT_FOUND), // no such meeting (or not visible to the caller)
    EXP_017("EXP-017", HttpStatus.CONFLICT), // meeting request already answered, cancelled or expired
    EXP_018("EXP-018", HttpStatus.UNPROCESSABLE_ENTITY), // partner not a participant of the event, or same country
    EXP_019("EXP-019", HttpStatus.CONFLICT), // request quota reached
    EXP_020("EXP-020", HttpStatus.CONFLICT), // one side said "no thanks" to this pair
    EXP_021("EXP-021", HttpStatus.FORBIDDEN), // only the receiving side (or an organiser) answers
    EXP_022("EXP-022", HttpStatus.CONFLICT), // a request between the two is already live
    EXP_023("EXP-023", HttpStatus.CONFLICT), // requests are closed for this event
    EXP_024("EXP-024", HttpStatus.UNPROCESSABLE_ENTITY), // not registered for the event
    EXP_025("EXP-025", HttpStatus.UNPROCESSABLE_ENTITY), // invalid agreement (field and rule in errors[])
    EXP_026("EXP-026", HttpStatus.NOT_FOUND), // no such agreement in this event

    // casework (issue 15)
    CAS_001("CAS-001", HttpStatus.NOT_FOUND), // no such case (or not visible to the caller)
    CAS_002("CAS-002", HttpStatus.UNPROCESSABLE_ENTITY), // invalid case (fields in errors[])
    CAS_003("CAS-003", HttpStatus.CONFLICT), // action not allowed in the case's status
    CAS_004("CAS-004", HttpStatus.FORBIDDEN), // this party may not take this action on the case
    CAS_005("CAS-005", HttpStatus.UNPROCESSABLE_ENTITY), // a reason is required
    CAS_006("CAS-006", HttpStatus.UNPROCESSABLE_ENTITY), // unknown body, or a body of the wrong country
    CAS_007("CAS-007", HttpStatus.UNPROCESSABLE_ENTITY), // invalid answer, action or message
    CAS_008("CAS-008", HttpStatus.CONFLICT), // already supported, or the filer's own case
    CAS_009("CAS-009", HttpStatus.NOT_FOUND), // no such deadline step
    CAS_010("CAS-010", HttpStatus.UNPROCESSABLE_ENTITY), // deadline value or effective date invalid
    CAS_011("CAS-011", HttpStatus.BAD_REQUEST), // invalid period, country or count in the query
    CAS_012("CAS-012", HttpStatus.NOT_FOUND), // no such attachment on the case (or not shown to the caller)
    CAS_013("CAS-013", HttpStatus.UNPROCESSABLE_ENTITY), // attachment missing, empty or above the size limit
    CAS_014("CAS-014", HttpStatus.UNPROCESSABLE_ENTITY), // attachment is not a PDF, PNG or JPEG (by its bytes)
    CAS_015("CAS-015", HttpStatus.UNPROCESSABLE_ENTITY), // association's attachment neither internal nor anonymised
    CAS_016("CAS-016", HttpStatus.CONFLICT), // the case has the most attachments allowed
    CAS_017("CAS-017", HttpStatus.FORBIDDEN), // a coordinator of the other country: not this step's contact point

    // energy and infrastructure (issue 16)
    ENR_001("ENR-001", HttpStatus.UNPROCESSABLE_ENTITY), // invalid pricing input (fields in errors[])
    ENR_002("ENR-002", HttpStatus.UNPROCESSABLE_ENTITY), // basis conversion needs a value the analysis lacks
    ENR_003("ENR-003", HttpStatus.UNPROCESSABLE_ENTITY), // a benchmark series has no value for a quotation month
    ENR_004("ENR-004", HttpStatus.UNPROCESSABLE_ENTITY), // invalid coal contract (fields in errors[])
    ENR_005("ENR-005", HttpStatus.NOT_FOUND), // no such coal contract (or not visible to the caller)
    ENR_006("ENR-006", HttpStatus.UNPROCESSABLE_ENTITY), // invalid shipment (fields in errors[])
    ENR_007(
            "ENR-007",
            HttpStatus.UNPROCESSABLE_ENTITY), // invalid benchmark value, or import refused (rows in errors[])
    ENR_008("ENR-008", HttpStatus.CONFLICT), // a value of that series for that month is already recorded
    ENR_009("ENR-009", HttpStatus.UNPROCESSABLE_ENTITY), // invalid power purchase agreement (fields in errors[])
    ENR_010("ENR-010", HttpStatus.UNPROCESSABLE_ENTITY), // tariff above the applicable import price cap
    ENR_011("ENR-011", HttpStatus.NOT_FOUND), // no such power purchase agreement
    ENR_012("ENR-012", HttpStatus.UNPROCESSABLE_ENTITY), // invalid metered delivery (fields in errors[])
    ENR_013("ENR-013", HttpStatus.CONFLICT), // a delivery for that month is already recorded
    ENR_014("ENR-014", HttpStatus.UNPROCESSABLE_ENTITY), // invalid infrastructure project or milestone
    ENR_015("ENR-015", HttpStatus.NOT_FOUND), // no such infrastructure project (or not visible to the caller)
    ENR_016("ENR-016", HttpStatus.CONFLICT), // a shipment with that lot id is already recorded on the contract
    ENR_017("ENR-017", HttpStatus.BAD_REQUEST), // benchmark file unreadable or without its columns
    ENR_018("ENR-018", HttpStatus.UNPROCESSABLE_ENTITY), // no price cap applies to the plant type and COD
    ENR_019("ENR-019", HttpStatus.UNPROCESSABLE_ENTITY), // conference report year outside the years it covers

    // training (issue 17)
    TRN_001("TRN-001", HttpStatus.UNPROCESSABLE_ENTITY), // invalid course (field and rule in errors[])
    TRN_002("TRN-002", HttpStatus.NOT_FOUND), // no such course
    TRN_003("TRN-003", HttpStatus.UNPROCESSABLE_ENTITY), // invalid trainee (field and rule in errors[])
    TRN_004("TRN-004", HttpStatus.NOT_FOUND), // no such trainee (or not visible to the caller)
    TRN_005("TRN-005", HttpStatus.NOT_FOUND), // no such enrolment in this course (or not visible to the caller)
    TRN_006("TRN-006", HttpStatus.CONFLICT), // the trainee is already enrolled in this course
    TRN_007("TRN-007", HttpStatus.CONFLICT), // the course is full
    TRN_008("TRN-008", HttpStatus.CONFLICT), // the course is closed: nothing in it changes
    TRN_009("TRN-009", HttpStatus.CONFLICT), // closing refused: fewer outputs than the rule requires
    TRN_010("TRN-010", HttpStatus.UNPROCESSABLE_ENTITY), // invalid output (field and rule in errors[])
    TRN_011("TRN-011", HttpStatus.CONFLICT), // completion refused: attendance or assessment below the rule
    TRN_012("TRN-012", HttpStatus.NOT_FOUND), // no certificate: the trainee has not completed the course
    TRN_013("TRN-013", HttpStatus.UNPROCESSABLE_ENTITY), // invalid attendance or assessment (field in errors[])
    TRN_014("TRN-014", HttpStatus.UNPROCESSABLE_ENTITY), // invalid training need (field and rule in errors[])
    TRN_015("TRN-015", HttpStatus.BAD_REQUEST), // year out of range
    TRN_016("TRN-016", HttpStatus.CONFLICT), // closing refused: a planned kind of output is not recorded yet

    // zone (issue 17): parks and zones, tenants, incentives
    ZON_001("ZON-001", HttpStatus.UNPROCESSABLE_ENTITY), // invalid park or zone (field and rule in errors[])
    ZON_002("ZON-002", HttpStatus.NOT_FOUND), // no such park or zone
    ZON_003("ZON-003", HttpStatus.UNPROCESSABLE_ENTITY), // invalid tenant (field and rule in errors[])
    ZON_004("ZON-004", HttpStatus.NOT_FOUND), // no such tenant in this park
    ZON_005("ZON-005", HttpStatus.CONFLICT), // the enterprise is already a tenant of this park
    ZON_006("ZON-006", HttpStatus.CONFLICT), // leased area would exceed the leasable area
    ZON_007("ZON-007", HttpStatus.NOT_FOUND), // no such incentive regime
    ZON_008("ZON-008", HttpStatus.UNPROCESSABLE_ENTITY), // invalid incentive term (field and rule in errors[])
    ZON_009("ZON-009", HttpStatus.UNPROCESSABLE_ENTITY), // invalid calculator input (field and rule in errors[])
    ZON_010("ZON-010", HttpStatus.UNPROCESSABLE_ENTITY), // a comparison needs two different parks
    ZON_011("ZON-011", HttpStatus.UNPROCESSABLE_ENTITY), // invalid expression of interest (field and rule in errors[])
    ZON_012("ZON-012", HttpStatus.NOT_FOUND), // no such expression of interest in this park
    ZON_013("ZON-013", HttpStatus.CONFLICT), // the enterprise already has an open expression of interest in this park
    ZON_014("ZON-014", HttpStatus.CONFLICT), // the expression of interest's state does not allow this step

    // promotion (issue 18)
    PRM_001("PRM-001", HttpStatus.UNPROCESSABLE_ENTITY), // invalid branded product (field and rule in errors[])
    PRM_002("PRM-002", HttpStatus.NOT_FOUND), // no such branded product
    PRM_003("PRM-003", HttpStatus.UNPROCESSABLE_ENTITY), // invalid channel (field and rule in errors[])
    PRM_004("PRM-004", HttpStatus.NOT_FOUND), // no such channel
    PRM_005("PRM-005", HttpStatus.UNPROCESSABLE_ENTITY), // invalid listing request (field and rule in errors[])
    PRM_006("PRM-006", HttpStatus.NOT_FOUND), // no such listing
    PRM_007("PRM-007", HttpStatus.CONFLICT), // listing request already answered
    PRM_008("PRM-008", HttpStatus.UNPROCESSABLE_ENTITY), // a decline needs a reason
    PRM_009("PRM-009", HttpStatus.CONFLICT), // product already listed or asked for at this channel
    PRM_010("PRM-010", HttpStatus.UNPROCESSABLE_ENTITY), // photo refused: type, size or unreadable image
    PRM_011("PRM-011", HttpStatus.CONFLICT), // a product has at most five photos
    PRM_012("PRM-012", HttpStatus.UNPROCESSABLE_ENTITY), // invalid programme or activity (field in errors[])
    PRM_013("PRM-013", HttpStatus.NOT_FOUND), // no such programme or activity
    PRM_014("PRM-014", HttpStatus.UNPROCESSABLE_ENTITY), // invalid search or rating rule (field in errors[])
    PRM_015("PRM-015", HttpStatus.NOT_FOUND); // no such photo

    private final String code;
    private final HttpStatus status;

    ErrorCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    /** The stable code shown to clients, such as {@code REF-002}. */
    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    /** Key of the translated title in the message bundles. */
    public String messageKey() {
        return "error." + code;
    }
}
