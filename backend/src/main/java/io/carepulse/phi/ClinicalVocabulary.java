package io.carepulse.phi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that make a sentence about someone's health: a name next to one of them is PHI, the same
 * name elsewhere is not. Kept as plain lists so a reviewer can add a drug without reading a
 * pattern. Entries are lower case and accent-free; "word*" matches every word that starts with
 * "word"; multi-word entries match consecutive words, and their star only allows a plural.
 */
final class ClinicalVocabulary {

    private static final String CARE = """
            patient, diagnos*, prognosis, treatment, treated, therapy, medication, medicine,
            meds, prescri*, dose, dosage, refill, pharmacy, admitted, discharged, hospitali*, icu, er, emergency,
            surgery, surgeon, operation, procedure, symptom, symptoms, condition, illness, disease, disorder,
            syndrome, infection, infected, tested positive, positive for, negative for, test results, lab results,
            scan, oncolog*, oncologist, cardiologist, neurologist, psychiatr*, therapist, rehab,
            hospice, palliative, terminal, relapse, remission, recovery, side effects, allergic, allergy,
            vaccine, vaccinated, booster, flu shot, oxygen, ventilator, wheelchair, nursing home,
            home health, paralyzed, paralysed, coma, unconscious, seizure*, fainted, hearing aid*, dental, dentist,
            birth, gave birth, giving birth, postpartum, newborn, nicu, pathology, radiology, cardiology, neurology,
            dermatology, urology, referral, labs, lab work, sleep study, prior auth*, copay*
            """;
    private static final String SYMPTOMS_AND_BODY = """
            pain, painful, ache*, fever, cough*, rash, bleed*, nausea, nauseous, vomit*, dizz*, headache*, swelling,
            swollen, numb, numbness, fatigue, shortness of breath, sore throat, diarrhea, constipation, insomnia,
            broke, broken, sprain*, injur*, wound*, bruise*, clot, blood clot*, embolism, thrombosis, dvt,
            gallbladder, appendix, kidney*, liver, lung*, colon, pancreas, bladder, uterus, ovar*, cervix, spleen,
            bowel*, pulmonary, strep, tetanus, pertussis, whooping cough, malaria, typhus, mpox
            """;
    private static final String MEDICATIONS = """
            insulin*, metformin, lisinopril, warfarin, coumadin, eliquis, apixaban, xarelto, rivaroxaban, heparin,
            enoxaparin, lovenox, clopidogrel, plavix, aspirin, statin*, atorvastatin, lipitor, simvastatin, zocor,
            rosuvastatin, crestor, pravastatin, amlodipine, losartan, valsartan, hydrochlorothiazide, furosemide,
            lasix, spironolactone, metoprolol, atenolol, carvedilol, propranolol, digoxin, amiodarone,
            nitroglycerin, levothyroxine, synthroid, omeprazole, prilosec, pantoprazole, esomeprazole, nexium,
            famotidine, gabapentin, pregabalin, lyrica, sertraline, zoloft, fluoxetine, prozac, escitalopram,
            lexapro, citalopram, paroxetine, bupropion, wellbutrin, venlafaxine, duloxetine, cymbalta, trazodone,
            lithium, quetiapine, seroquel, aripiprazole, abilify, risperidone, olanzapine, clozapine, haloperidol,
            lamotrigine, levetiracetam, keppra, depakote, topiramate, carbamazepine, phenytoin, alprazolam, xanax,
            lorazepam, ativan, clonazepam, klonopin, diazepam, valium, zolpidem, ambien, adderall, ritalin,
            methylphenidate, vyvanse, oxycodone, oxycontin, hydrocodone, vicodin, percocet, morphine, fentanyl,
            tramadol, codeine, methadone, buprenorphine, suboxone, naloxone, narcan, naltrexone, ibuprofen, advil,
            motrin, naproxen, aleve, acetaminophen, tylenol, paracetamol, prednisone, prednisolone,
            dexamethasone, hydrocortisone, steroid*, albuterol, inhaler, symbicort, advair, montelukast,
            singulair, amoxicillin, augmentin, azithromycin, zithromax, doxycycline, ciprofloxacin, cipro,
            levofloxacin, cephalexin, keflex, clindamycin, penicillin, bactrim, nitrofurantoin, metronidazole,
            flagyl, vancomycin, antibiotic*, antiviral*, tamiflu, paxlovid, acyclovir, valacyclovir, valtrex,
            truvada, prep, biktarvy, antiretroviral*, methotrexate, humira, adalimumab, enbrel, remicade,
            infliximab, rituximab, keytruda, herceptin, tamoxifen, letrozole, anastrozole, chemo*, immunotherapy,
            semaglutide, ozempic, wegovy, mounjaro, tirzepatide, trulicity, jardiance, farxiga, januvia,
            glipizide, glyburide, pioglitazone, sildenafil, viagra, tadalafil, cialis, finasteride, tamsulosin,
            flomax, estradiol, estrogen, progesterone, testosterone, hormone therapy, birth control,
            contraceptive*, plan b, epipen, epinephrine, allopurinol, colchicine, hydroxychloroquine, plaquenil,
            antidepressant*, antipsychotic*, benzodiazepine*, opioid*, painkiller*, blood thinner*, beta blocker*,
            diuretic*, melatonin
            """;
    private static final String TESTS_AND_PROCEDURES = """
            a1c, hba1c, hemoglobin a1c, cholesterol, ldl, hdl, triglycerides, inr, psa, creatinine, egfr, gfr,
            glucose, blood sugar, blood pressure, blood test, blood work, bloodwork, urine test, tsh, thyroid,
            hemoglobin, platelets, cbc, potassium, viral load, cd4, liver enzymes, bilirubin, troponin,
            pap smear, mammogram, biopsy, colonoscopy, endoscopy, mri, ct scan, cat scan, pet scan, x-ray, xray,
            ultrasound, ekg, ecg, eeg, echocardiogram, stress test, mastectomy, lumpectomy, hysterectomy,
            dialysis, bypass, angioplasty, stent, pacemaker, defibrillator, transplant, amputat*, appendectomy,
            c-section, cesarean, ivf, vasectomy, tonsillectomy, knee replacement, hip replacement, cataract,
            radiation, radiotherapy, catheter*, intubat*, infusion, transfusion, spinal tap, lumbar puncture,
            physical therapy, stitches
            """;
    private static final String DIAGNOSES = """
            diabet*, cancer, carcinoma, lymphoma, leukemia, leukaemia, melanoma, myeloma, sarcoma, tumor*, tumour*,
            metasta*, chemotherapy, hiv, aids, hepatitis, cirrhosis, depress*, anxiety, panic attack*, bipolar,
            schizo*, ptsd, ocd, adhd, autism, autistic, dementia, alzheimer*, parkinson*, stroke, heart attack,
            heart failure, heart disease, arrhythmia, afib, atrial fibrillation, hypertension, copd, asthma,
            emphysema, pneumonia, bronchitis, tuberculosis, covid*, long covid, flu, influenza, rsv, epilep*,
            migraine*, multiple sclerosis, als, lupus, arthritis, osteoporosis, fibromyalgia, kidney disease,
            kidney failure, renal failure, liver disease, anemia, anaemia, sickle cell, hemophilia,
            cystic fibrosis, obesity, eating disorder, anorexia, bulimia, addict*, alcoholism, overdose*,
            substance use, std, sti, chlamydia, gonorrhea, syphilis, herpes, hpv, pregnan*, miscarri*,
            abortion, infertil*, endometriosis, pcos, preeclampsia, hypothyroidism, hyperthyroidism, celiac,
            crohn*, colitis, ibs, gerd, ulcer, sepsis, shingles, measles, concussion, fracture*, broken hip,
            psychosis, suicid*, self-harm, mental illness, prediabet*, cardiac, coronary, aneurysm, glaucoma,
            macular degeneration, hearing loss, incontinence, uti, mrsa, cyst, lump, polyp*
            """;
    private static final Set<String> WORDS;
    private static final Set<String> PHRASES;
    private static final List<String> STEMS;

    static {
        Set<String> words = new HashSet<>();
        Set<String> phrases = new HashSet<>();
        List<String> stems = new ArrayList<>();
        for (String list : List.of(CARE, MEDICATIONS, TESTS_AND_PROCEDURES, DIAGNOSES, SYMPTOMS_AND_BODY)) {
            for (String entry : list.split(",")) {
                String term = entry.strip();
                if (term.contains(" ")) {
                    // a phrase's star only allows its plural: "blood thinners"
                    phrases.add(term.replace("*", ""));
                    phrases.add(term.replace("*", "s"));
                } else if (term.endsWith("*")) {
                    stems.add(term.substring(0, term.length() - 1));
                } else if (!term.isEmpty()) {
                    words.add(term);
                }
            }
        }
        WORDS = Set.copyOf(words);
        PHRASES = Set.copyOf(phrases);
        STEMS = List.copyOf(stems);
    }

    private ClinicalVocabulary() {
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern
            .compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+){0,3}");

    /** The words of {@code text} between {@code start} and {@code end}, as the lists hold them. */
    static List<String> words(String text, int start, int end) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher word = WORD.matcher(text).region(start, end);
        while (word.find()) {
            words.add(NameWords.key(word.group()));
        }
        return words;
    }

    /** Whether the words (lower case, accent-free, in order) mention health. */
    static boolean mentionedIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (isClinical(words.get(i))
                    || i + 1 < words.size() && PHRASES.contains(words.get(i) + " " + words.get(i + 1))
                    || i + 2 < words.size()
                            && PHRASES.contains(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** One word on its own: a drug, a test, a condition; its plural and its hyphenated parts count too. */
    static boolean isClinical(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (matchesOne(word) || word.endsWith("s") && matchesOne(word.substring(0, word.length() - 1))) {
            return true;
        }
        return word.indexOf('-') > 0 && Arrays.stream(word.split("-")).anyMatch(ClinicalVocabulary::matchesOne);
    }

    private static boolean matchesOne(String word) {
        if (WORDS.contains(word)) {
            return true;
        }
        return STEMS.stream().anyMatch(word::startsWith);
    }
}
