import RelationGraph

/// Turning text into DOT ids and Graphviz label strings that read back exactly.
///
/// Two levels of escaping are involved and kept apart:
/// - **DOT quoting** (``quoted(_:)``) makes any string a valid DOT id. Inside quotes cgraph's
///   lexer reads `\"` as a quote, drops a backslash-newline, keeps `\\` as two backslashes and
///   any other backslash as itself. So every string reads back unchanged except one that has an
///   odd run of backslashes right before a quote, a newline or its end: 2.42 has no spelling for
///   that, and the run is written one longer (valid DOT, one extra backslash on reading).
///   Labels never hit this, because ``labelText(_:)`` doubles every backslash.
/// - **Label escaping** (``labelText(_:)``) turns plain text into an escString, Graphviz's label
///   syntax where `\n`, `\l`, `\N` and `\\` mean something: literal backslashes are doubled and
///   newlines become `\n`, so "C:\New" is not read as a line break followed by the node name.
///
/// Non-ASCII text is written as UTF-8 unchanged; documents declare `charset=UTF-8`.
///
/// Graphviz reads `&...;` in labels and tooltips as HTML entities (`&lt;` is drawn as `<`, and an
/// SVG tooltip passes `&nbsp;` through, which XML does not know), so ``labelText(_:)`` and
/// ``tooltipText(_:)`` write every `&` as `&amp;`: `a &lt; b` is drawn as typed. Characters XML
/// cannot carry (C0 controls other than tab and newline, U+FFFE, U+FFFF) would make the SVG
/// malformed, so both write them as U+FFFD; `relgraph validate` refuses them in a graph folder.
package enum DOTQuoting {
    /// DOT's keywords, which cannot be bare ids (matched case-insensitively, as DOT does).
    static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// Writes `text` as a DOT id: bare when it is a plain identifier, otherwise in double quotes.
    ///
    /// ```swift
    /// DOTQuoting.id("a_1")     // a_1
    /// DOTQuoting.id("1a")      // "1a"
    /// DOTQuoting.id("graph")   // "graph"
    /// ```
    package static func id(_ text: String) -> String {
        isBareIdentifier(text) ? text : quoted(text)
    }

    /// Writes `text` in double quotes so that cgraph reads back exactly `text`, except for an odd
    /// run of backslashes before a quote, a newline or the end, which reads back one longer.
    ///
    /// - Complexity: O(n) in the length of `text`.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        let scalars = Array(text.unicodeScalars)
        var backslashRun = 0
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\\" {
                backslashRun += 1
                out += "\\"
                let next = i + 1 < scalars.count ? scalars[i + 1] : nil
                if next != "\\" {
                    // An odd run would swallow the quote, the newline or the closing quote.
                    if backslashRun % 2 == 1 && (next == nil || next == "\"" || next == "\n") {
                        out += "\\"
                    }
                    backslashRun = 0
                }
                continue
            }
            if scalar == "\"" {
                out += "\\\""
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// Escapes plain text for a Graphviz label (an escString): backslashes doubled, line breaks as `\n`.
    ///
    /// ```swift
    /// DOTQuoting.labelText("C:\\New\nline")   // C:\\New\nline (as typed in DOT)
    /// ```
    package static func labelText(_ text: String) -> String {
        escString(text, backslash: "\\\\")
    }

    /// Text for an escString attribute: `\` becomes `backslash`, a line break `\n`, `\r` is
    /// dropped, everything else is drawn as ``appendDrawable(_:to:)`` says.
    private static func escString(_ text: String, backslash: String) -> String {
        text.rewritingScalars { scalar, out in
            switch scalar {
            case "\\": out += backslash
            case "\n": out += "\\n"
            case "\r": break
            default: appendDrawable(scalar, to: &out)
            }
        }
    }

    /// Appends `scalar` as Graphviz should draw it: `&` as `&amp;`, a character XML cannot
    /// carry as U+FFFD.
    static func appendDrawable(_ scalar: Unicode.Scalar, to out: inout String) {
        if scalar == "&" {
            out += "&amp;"
        } else {
            out.unicodeScalars.append(XMLEscaping.isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
    }

    /// Escapes plain text for an HTML-like label (`label=<...>`): `&`, `<`, `>` and `"` as
    /// entities, line breaks as `<BR/>`, characters XML cannot carry as U+FFFD.
    package static func htmlLabelText(_ text: String) -> String {
        text.rewritingScalars { scalar, out in
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<BR/>"
            case "\r": break
            default: appendDrawable(scalar, to: &out)
            }
        }
    }

    /// The plain text a Graphviz label shows: `\n`, `\l` and `\r` line breaks become newlines,
    /// `\\` a backslash, `\N` the node's id (when given); other escapes of object names
    /// (`\G`, `\E`, `\T`, `\H`) are kept as written.
    package static func plainText(fromLabel label: String, nodeID: String?) -> String {
        var out = ""
        var iterator = label.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            guard let next = iterator.next() else {
                out += "\\"
                break
            }
            switch next {
            case "n", "l", "r": out += "\n"
            case "\\": out += "\\"
            case "N" where nodeID != nil: out += nodeID!
            default:
                out += "\\"
                out.unicodeScalars.append(next)
            }
        }
        // A label ends with a line break only to justify its last line.
        while out.hasSuffix("\n") { out.removeLast() }
        return decodingEntities(out)
    }

    /// `text` with the XML entities and numeric character references Graphviz decodes in labels
    /// (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#60;`, `&#x3C;`) replaced by their
    /// characters; other `&` text is kept as written.
    static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [Substring: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[rest.startIndex..<amp]
            let after = rest.index(after: amp)
            if let semicolon = rest[after...].prefix(12).firstIndex(of: ";") {
                let name = rest[after..<semicolon]
                var scalar = named[name]
                if scalar == nil, name.hasPrefix("#") {
                    let digits = name.dropFirst()
                    let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                    scalar = value.flatMap(Unicode.Scalar.init)
                }
                if let scalar {
                    out.unicodeScalars.append(scalar)
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = rest[after...]
        }
        return out + rest
    }

    /// Escapes plain text for a `tooltip`. Graphviz 2.42 removes one level of backslashes from
    /// tooltips before it substitutes `\N` and friends, then another when it writes them, so a
    /// backslash is written four times ("C:\\New" would otherwise show the node's name in place
    /// of `\N`); line breaks are a single `\n`, which the first pass turns into a newline.
    package static func tooltipText(_ text: String) -> String {
        escString(text, backslash: "\\\\\\\\")
    }

    /// Whether `text` can be written without quotes: an ASCII identifier that is not a keyword.
    static func isBareIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, !keywords.contains(text.lowercased()) else { return false }
        func isLetter(_ c: UInt8) -> Bool {
            (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95
        }
        guard isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || ($0 >= 48 && $0 <= 57) }
    }
}
