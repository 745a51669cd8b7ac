import Mustache

/// HTML escaping for the HTML template, registered as swift-mustache's
/// `HTML` content type (`{{% CONTENT_TYPE: HTML }}` in the built-in
/// template): `&`, `<`, `>`, `"` and `'` become entities, as in the
/// library's own escaper, which is also what a template without the pragma
/// gets.
///
/// Two reasons to have our own. Speed: the library's walks `Character`s
/// and looks each up in a dictionary; this one scans bytes and returns text
/// with nothing to escape as it is.
/// Safety: working on `Character`s, the library leaves a `"` or `<`
/// followed by a combining mark (one `Character`, `"\u{301}`) unescaped,
/// and a quote let through ends an attribute; bytes have no such gap.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

enum HTMLText {
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: isSpecial) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}
