package io.carepulse.phi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.apache.commons.validator.routines.UrlValidator;

/**
 * E-mail addresses, web addresses and IP addresses. A loose pattern finds candidates; Apache
 * Commons Validator decides whether each really is one.
 */
final class NetworkIdentifierDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+){1,10}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    /** Written to dodge filters: "sunflower.mom [at] gmail [dot] com", "jdoe (at) yahoo.com". */
    private static final Pattern SPELLED_EMAIL = Pattern.compile("(?i)(?<![\\w.+-])[\\w.+-]+\\s*(?:\\[at]|\\(at\\)|\\{at}|\\s+at\\s+(?=[\\w-]+"
            + "\\s*(?:\\[dot]|\\(dot\\)|\\s+dot\\s+)))\\s*[\\w-]+(?:\\s*(?:\\[dot]|\\(dot\\)|\\{dot}|\\s+dot\\s+|\\.)\\s*[\\w-]+){1,3}");
    /**
     * Addresses without "http" or "www": a profile or page on a site ("instagram.com/t1d.runs.daily",
     * "tiktok.com/@dialysis_dad_diaries"), or a blog on a hosting service ("danafightsback.blogspot.com").
     * A site's bare name ("cdc.gov") is no one's address.
     */
    private static final Pattern BARE_URL = Pattern.compile("(?i)(?<![\\w@./-])(?:[a-z0-9-]+\\.){1,10}(?:com|org|net|io|co|me|us"
            + "|info|blog|tv|app|page|site|link|bio|ly|gov|edu|uk|ca)(?:/[^\\s<>\"]+"
            + "|(?<=\\.(?:blogspot|wordpress|substack|tumblr|wixsite|weebly|medium|squarespace|github)\\.com))");
    /** Dotted quads, also at the end of a sentence ("denied for 10.14.2.187."). */
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}(?!\\d|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?i)(?<![\\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\\w:])");
    private static final UrlValidator URLS = new UrlValidator(new String[] {"http", "https"});

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            if (EmailValidator.getInstance().isValid(trim(email.group()))) {
                findings.add(PhiFinding.of(PhiType.EMAIL, email.start(), email.start() + trim(email.group()).length()));
            }
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String candidate = trim(url.group());
            String absolute = candidate.regionMatches(true, 0, "www.", 0, 4) ? "http://" + candidate : candidate;
            if (URLS.isValid(absolute)) {
                findings.add(PhiFinding.of(PhiType.URL, url.start(), url.start() + candidate.length()));
            }
        }
        Matcher spelled = SPELLED_EMAIL.matcher(text);
        while (spelled.find()) {
            if (!spelled.group().contains("@")) {
                findings.add(PhiFinding.of(PhiType.EMAIL, spelled.start(), spelled.end()));
            }
        }
        Matcher bare = BARE_URL.matcher(text);
        while (bare.find()) {
            String candidate = trim(bare.group());
            if (URLS.isValid("http://" + candidate)) {
                findings.add(PhiFinding.of(PhiType.URL, bare.start(), bare.start() + candidate.length()));
            }
        }
        Matcher ipv4 = IPV4.matcher(text);
        while (ipv4.find()) {
            if (InetAddressValidator.getInstance().isValidInet4Address(ipv4.group())) {
                findings.add(PhiFinding.of(PhiType.IP_ADDRESS, ipv4.start(), ipv4.end()));
            }
        }
        Matcher ipv6 = IPV6.matcher(text);
        while (ipv6.find()) {
            if (ipv6.group().length() >= 6 && InetAddressValidator.getInstance().isValidInet6Address(ipv6.group())) {
                findings.add(PhiFinding.of(PhiType.IP_ADDRESS, ipv6.start(), ipv6.end()));
            }
        }
    }

    /** Sentence punctuation right after an address is not part of it. */
    private static String trim(String candidate) {
        int end = candidate.length();
        while (end > 0 && ".,;:!?)]'".indexOf(candidate.charAt(end - 1)) >= 0) {
            end--;
        }
        return candidate.substring(0, end);
    }
}
