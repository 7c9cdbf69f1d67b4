package io.carepulse.feedback.themes;

import org.apache.lucene.analysis.CharArraySet;

/** The word lists of term analysis, in lower case as the analysis chain sees them. */
final class WordLists {

    /**
     * Function words: pronouns, determiners, auxiliaries, prepositions and conjunctions, with the
     * contractions patients type with and without the apostrophe. Lucene's English default (33 words)
     * would leave "my", "me", "we" and "had" as the most frequent "topics". Phrasal particles (up,
     * out, back, down, off) stay: "follow up" and "call back" are topics.
     */
    static final CharArraySet STOP_WORDS = Analysis.wordSet("""
            a about above across after again against ago all almost along already also although always am
            among an and another any anyone anything anyway are around as at be became because been before
            being below beside besides between both but by can cannot could did do does doing done during
            each either else ever every for from further had has have having he her here hers herself him
            himself his how however i if in inside into is it its itself just least less let lets may maybe
            me might mine more most much must my myself neither no nor not now of often on once one only onto
            or other others otherwise our ours ourselves per perhaps quite rather same shall she should since
            so some somehow such than that the their theirs them themselves then there therefore these they
            this those though through throughout thus to too toward towards under unless until upon us very
            via was we were what whatever when whenever where whether which while who whoever whom whose why
            will with within without would yet you your yours yourself yourselves
            i'm im i've ive i'd id i'll ill you're youre you've you'd you'll he'd he'll she'd she'll we're
            we've we'd we'll they're theyre they've they'd they'll that's thats there's theres here's what's
            who's let's isn't isnt aren't arent wasn't wasnt weren't werent don't dont doesn't doesnt didn't
            didnt haven't havent hasn't hasnt hadn't hadnt won't wont wouldn't wouldnt can't cant couldn't
            couldnt shouldn't shouldnt mustn't mightn't ain't
            """);

    /**
     * Words Porter would merge with an unrelated word: community and communication ("commun"),
     * organization and organ, general and generous, news and new, medical and medication ("medic"),
     * university and universe, operator and operation, kindness and "what kind of". Kept as typed.
     */
    static final CharArraySet UNSTEMMED = Analysis.wordSet("""
            community communities organization organizations organisation organisations general generally
            news medical university universities operator operators kindness
            """);

    /**
     * Words that say nothing about what a message is about: greetings, courtesy, time words, the
     * commonest verbs and the care setting every message shares. An emerging phrase is never one of
     * them alone, nor two of them together; they are analysed as message terms are.
     */
    static final String GENERIC_WORDS = """
            hi hello hey dear thanks thank thankyou please regards sincerely sorry yes ok okay
            get got getting gotten go goes going went gone come came coming make made making take took taken
            taking say said saying tell told ask asked asking know knew known think thought feel felt like
            liked want wanted need needed needs see saw seen look looked find found give gave given keep kept
            put try tried use used work worked seem seemed let able sure really also still even back up out down
            off away again ever never always today yesterday tomorrow tonight morning afternoon evening night
            day days week weeks month months year years time times minute minutes hour hours moment thing
            things lot lots way bit first second last next new old good great bad well better best worse
            worst nice fine lovely awful terrible many much every everyone someone anyone nobody people person
            everything something nothing anything doctor doctors dr physician clinic clinics hospital office
            practice patient patients visit visits appointment staff team care question questions message
            messages help helped son daughter husband wife mother father mom mum dad child children family
            """;

    private WordLists() {
    }
}
