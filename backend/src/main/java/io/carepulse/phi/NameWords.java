package io.carepulse.phi;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists behind name detection, lower case and accent-free. Capital letters tell a name
 * only when the writer uses them; typed in lower case or in capitals, a full name is recognised
 * by a given name the lists know, followed by words that are neither common English nor clinical.
 */
final class NameWords {

    /** Capitalised words that start sentences or name places, organisations, products or programmes. */
    private static final Set<String> NOT_NAMES = words("""
            doctor dr nurse pharmacist professor prof doc hospital clinic health healthcare medical center centre
            institute university association society foundation department month week day awareness campaign
            riverside lakeside county city street avenue monday tuesday wednesday thursday friday saturday
            sunday january february march april may june july august september october november december
            american america national heart cancer diabetes movember covid flu live ask team staff mental public
            general emergency care urgent family children pediatric pediatrics breast prostate world global
            united states new york los angeles san saint st mount lake river north south east west island
            mom dad mum grandma grandpa mother father sister brother uncle aunt auntie cousin son daughter wife
            husband partner friend neighbor neighbour granny nana papa baby kid kids boy girl sir madam
            morning evening night afternoon tonight weekend today yesterday tomorrow
            blue cross shield aetna cigna kaiser permanente humana medicare medicaid tricare medigap obamacare
            affordable act part plan program programme hopkins johns mayo cleveland sinai cedars brigham
            presbyterian methodist baptist memorial regional community veterans mercy providence ascension
            pfizer moderna novavax merck lilly novo nordisk astrazeneca janssen sanofi bayer abbvie amgen
            gilead roche genentech teva cvs walgreens walmart costco kroger amazon apple google samsung fitbit
            garmin dexcom medtronic abbott omnipod libre freestyle iphone android alexa watch facebook
            instagram tiktok youtube twitter zoom mychart epic portal app show news times post
            alzheimer parkinson crohn hodgkin huntington graves hashimoto tourette asperger lyme christ god lord
            house fund college school syndrome disease surgery procedure maneuver palsy reflex
            """);
    /**
     * Function words, verbs and adverbs: what follows a first name in a sentence when no surname
     * does ("chris is starting chemo", "ask sam about it").
     */
    private static final Set<String> COMMON = words("""
            i me my mine you your yours he him his she her hers it its we us our ours they them their theirs
            a an the this that these those some any all each every no not nor yes ok okay please thanks thank
            hi hello hey dear and or but so if as than then because since though although while when where who
            whom whose which what why how there here also just still already recently now again always never
            sometimes often usually really very too only even finally currently suddenly soon later ever once
            twice almost about above after against along among around at before behind below beneath beside
            between beyond by down during except for from in inside into like near of off on onto out outside
            over past per through throughout to toward towards under until up upon via with within without
            is are am was were be been being has have had having do does did doing done will would can could
            should shall may might must get gets got getting gotten go goes went going gone come comes came
            coming take takes took taking taken make makes made making give gives gave given say says said
            tell tells told ask asks asked see sees saw seen know knows knew think thinks thought feel feels felt
            seem seems look looks keep keeps kept need needs needed want wants wanted use uses try tries tried
            find finds found call calls called show shows let lets put puts run runs ran turn turns turned
            start starts started begin began stop stops stopped live lives lived die dies died pass passes
            passed work works worked stay stays stayed wait waits eat eats ate drink drinks drank sleep sleeps
            slept walk walks walked drive drives drove leave leaves left move moves moved return returns
            returned refuse refuses refused forget forgets forgot remember remembers worry worries love loves
            hope hopes like likes bring brings brought send sends sent pay pays paid hear hears heard lost lose
            fell fall falls broke breaks break spent spend visit visits visited wish wishes
            back home there something anything everything nothing someone anyone everyone nobody water food
            help money time work school good bad great well better best worse worst new old young many much
            more most less least other another same own such enough last next first second third one two three
            four five six seven eight nine ten both either neither few several
            cant wont dont doesnt didnt isnt wasnt arent werent hasnt havent hadnt couldnt shouldnt wouldnt im ive
            hes shes theyre thats whats theres
            """);
    /** Words that join the parts of a surname: "van der Berg", "de la Cruz", "bin Laden". */
    private static final Set<String> PARTICLES = words("van der den de del della la le du des da di dos das von ter ten bin");
    private static final Set<String> TITLES = words("mr mrs ms miss mx");
    /** "my neighbour ..." : the words after one of these are likely a name, whatever the case. */
    private static final Set<String> RELATIONS = words("""
            neighbour neighbor husband wife son daughter mother father mom mum dad brother sister friend aunt uncle
            cousin grandma grandpa grandmother grandfather nana granny partner boyfriend girlfriend fiance fiancee
            roommate coworker colleague patient niece nephew stepson stepdaughter stepmom stepdad baby bf gf hubby
            father-in-law mother-in-law brother-in-law sister-in-law son-in-law daughter-in-law grandson granddaughter
            esposo esposa marido hijo hija madre padre mama papa abuela abuelo hermano hermana tio tia primo prima
            novio novia vecino vecina abuelita abuelito
            filha filho mae pai avo irma irmao esposo
            fils fille mere pere mari femme frere soeur grand-mere grand-pere
            twin twins great-grandma great-grandpa great-grandmother great-grandfather
            """);
    /** Surnames that look like a past tense, a gerund or an adverb, the way a lower-case verb after a name does. */
    private static final Set<String> VERB_LIKE_SURNAMES = words("""
            ahmed mohamed mohammed saeed hameed rasheed syed javed reed creed manning fleming harding browning
            golding fielding cushing downing channing pickering kelly daly healy reilly connolly donnelly
            """);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameWords() {
    }

    /** Lower case without accents, and without a possessive: "Núñez's" is "nunez". */
    static String key(String word) {
        boolean ascii = word.chars().allMatch(c -> c < 0x80);
        String plain = ascii ? word.toLowerCase(Locale.ROOT) : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT).replace("ø", "o").replace("ß", "ss").replace("æ", "ae")
                .replace("ł", "l");
        return plain.endsWith("'s") ? plain.substring(0, plain.length() - 2) : plain;
    }

    static boolean isGivenName(String key) {
        return GivenNames.contains(key) || key.indexOf('-') > 0 && GivenNames.contains(key.substring(0, key.indexOf('-')));
    }

    /** A word that may be part of a name: not common English, not clinical, not a place or a title. */
    static boolean mayBeName(String key) {
        return key.length() >= 2 && !COMMON.contains(key) && !NOT_NAMES.contains(key) && !TITLES.contains(key)
                && !PARTICLES.contains(key) && !ClinicalVocabulary.isClinical(key) && !isContraction(key);
    }

    /**
     * Typed without capitals, "started", "taking" and "recently" after a first name are a verb and
     * an adverb, not a surname.
     */
    static boolean looksLikeVerb(String key) {
        return key.length() >= 4 && (key.endsWith("ed") || key.endsWith("ing") || key.endsWith("ly"))
                && !VERB_LIKE_SURNAMES.contains(key);
    }

    /**
     * A capitalised word just after "my son", "my husband": everyday words count too there ("my
     * son Will", "my husband Mark"), but not titles, places, organisations or clinical words.
     */
    static boolean mayBeNameWhenCapitalised(String key) {
        return key.length() >= 2 && !NOT_NAMES.contains(key) && !TITLES.contains(key) && !PARTICLES.contains(key)
                && !ClinicalVocabulary.isClinical(key) && !isContraction(key);
    }

    static boolean isTitle(String key) {
        return TITLES.contains(key);
    }

    static Set<String> relations() {
        return RELATIONS;
    }

    static boolean isParticle(String key) {
        return PARTICLES.contains(key);
    }

    static boolean isRelation(String key) {
        return RELATIONS.contains(key);
    }

    private static boolean isContraction(String key) {
        return key.endsWith("'d") || key.endsWith("'ll") || key.endsWith("'ve") || key.endsWith("'re")
                || key.endsWith("'m") || key.endsWith("n't");
    }

    static Set<String> words(String list) {
        return Arrays.stream(list.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
