package io.carepulse.feedback.themes;

import java.util.List;

/**
 * The clinical-service themes every organisation starts with. Cues are analysed like messages
 * (Porter stems), so one inflection stands for all ("waited" covers "wait", "waits", "waiting").
 * Chosen for precision as much as recall: a word with a common unrelated sense is given only in
 * a phrase ("on hold", not "hold"; "signage", not "signs"; "kindness", not "kind" as in "what kind
 * of"), and a message may belong to several themes.
 */
final class DefaultThemes {

    static final List<Theme> THEMES = List.of(
            new Theme("WAIT_TIMES", "Wait times", List.of("wait", "waiting room", "wait time", "waiting list",
                    "delay", "late", "running late", "running behind", "behind schedule", "queue", "hours late",
                    "minutes late", "hour wait", "waited hours", "waited over an hour", "took forever", "forever",
                    "kept waiting", "sat in the waiting room", "stood in line", "turnaround time", "slow",
                    "still waiting", "seen quickly", "seen on time", "prompt", "promptly")),
            new Theme("APPOINTMENTS_AND_BOOKING", "Appointments and booking", List.of("appointment", "book",
                    "booking system", "online booking", "schedule", "reschedule", "cancel", "cancellation",
                    "slot", "availability", "next available", "same day appointment", "walk-in clinic",
                    "confirmation", "reminder", "referral", "new patient", "waitlist", "consultation",
                    "follow-up visit", "scheduler", "overbooked", "double-booked", "calendar")),
            new Theme("BILLING_AND_INSURANCE", "Billing and insurance", List.of("bill", "billing department",
                    "invoice", "charged", "overcharged", "fee", "cost", "price", "payment", "paid", "copay",
                    "co-pay", "deductible", "insurance", "insurer", "coverage", "covered", "claim", "claim denied", "denied claim", "pay",
                    "refund", "statement", "outstanding balance", "account balance", "collections", "out of pocket", "medicare", "medicaid",
                    "explanation of benefits", "estimate", "payment plan", "surprise bill", "expensive",
                    "afford", "receipt", "reimbursement", "preauthorization", "network provider")),
            new Theme("PARKING_AND_ACCESS", "Parking and access", List.of("parking", "parking lot",
                    "parking garage", "car park", "valet", "parking ticket", "parking validation", "disabled parking",
                    "handicap parking", "accessible", "accessibility", "wheelchair", "ramp", "elevator",
                    "stairs", "entrance", "signage", "hard to find", "driving directions", "shuttle", "bus stop",
                    "public transport", "transit", "drop-off", "step-free", "automatic door", "mobility scooter")),
            new Theme("STAFF_COURTESY", "Staff courtesy", List.of("rude", "rudeness", "courteous", "courtesy",
                    "polite", "impolite", "friendly", "unfriendly", "kindness", "respectful", "disrespectful",
                    "respect", "dismissive", "condescending", "attitude", "manners", "welcoming", "compassionate",
                    "compassion", "empathy", "empathetic", "bedside manner", "front desk staff", "receptionist",
                    "rolled her eyes", "rolled his eyes", "yelled", "shouted", "snapped at", "talked down",
                    "made me feel welcome", "professional", "unprofessional", "arrogant", "sarcastic",
                    "warm welcome", "smile", "gentle", "treated me like")),
            new Theme("COMMUNICATION", "Communication", List.of("communication", "communicate",
                    "miscommunication", "call back", "callback", "returned my call", "phone", "voicemail",
                    "on hold", "hold music", "hung up", "no response", "respond", "reply", "message", "email",
                    "letter", "explain", "explanation", "informed", "kept informed", "update", "heard back",
                    "follow up", "listen", "answer", "unanswered", "interpreter", "language barrier",
                    "patient portal", "portal message", "test results", "lab results", "scan results",
                    "text message", "contact", "told me nothing")),
            new Theme("CLEANLINESS", "Cleanliness", List.of("clean", "cleaning", "cleanliness", "unclean", "dirty",
                    "filthy", "messy", "spotless", "hygiene", "hygienic", "unhygienic", "sanitary", "sanitizer",
                    "sanitiser", "disinfect", "smell", "stink", "odor", "odour", "dust", "dusty", "stained",
                    "trash", "garbage", "bathroom", "restroom", "toilet", "bedding", "bed sheets", "bed bugs", "cockroach",
                    "mold", "mould", "washed hands", "wash their hands", "gloves", "blood on the floor")),
            new Theme("PAIN_MANAGEMENT", "Pain management", List.of("pain", "painful", "pain relief",
                    "pain medication", "painkiller", "analgesic", "ache", "aching", "sore", "hurt", "agony",
                    "discomfort", "opioid", "morphine", "ibuprofen", "paracetamol", "acetaminophen", "epidural",
                    "numbing", "anesthesia", "anaesthetic", "nerve block", "in pain", "suffering", "pain score",
                    "excruciating", "throbbing")),
            new Theme("VACCINES", "Vaccines", List.of("vaccine", "vaccination", "vaccinated", "immunization",
                    "immunisation", "immunize", "immunise", "jab", "booster", "flu shot", "covid shot", "shot",
                    "flu jab", "mmr", "tetanus", "hpv", "shingles", "measles", "whooping cough", "vaccine record",
                    "immunization record", "vaccine clinic")),
            new Theme("TELEHEALTH", "Telehealth", List.of("telehealth", "telemedicine", "virtual visit",
                    "virtual appointment", "virtual consultation", "video visit", "video call",
                    "video appointment", "zoom", "online consultation", "online appointment",
                    "phone consultation", "phone appointment", "video link", "webcam", "camera",
                    "microphone", "audio", "connection dropped", "remote consultation", "telephone consultation",
                    "app")),
            new Theme("PRESCRIPTIONS", "Prescriptions", List.of("prescription", "prescribe", "prescribed",
                    "refill", "repeat prescription", "pharmacy", "pharmacist", "medication", "meds", "medicine",
                    "drug", "dose", "dosage", "prior authorization", "prior authorisation", "pill", "inhaler",
                    "insulin", "antibiotic", "script", "e-prescription", "controlled substance", "side effects",
                    "generic version")));

    private DefaultThemes() {
    }
}
