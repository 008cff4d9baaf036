package org.vietlao.linkage.platform;

/** A username as typed by anyone, made safe to store in the throttle and the sign-in log. */
final class SignInNames {

    private SignInNames() {}

    /**
     * Control characters (a NUL, which PostgreSQL refuses in text, among them) replaced by U+FFFD, and cut to
     * the 100 characters a username may have.
     */
    static String printable(String username) {
        if (username == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(Math.min(username.length(), 100));
        username.codePoints()
                .limit(100)
                .forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return printable.toString();
    }
}
