extension String {
    /// The text rewritten scalar by scalar: `rewrite` gets each Unicode scalar and the output so
    /// far, and appends what the scalar becomes (nothing, to drop it). The one loop behind every
    /// escaper of the package (XML, DOT labels and tooltips, script-safe JSON).
    /// - Complexity: O(n) in the text's length.
    package func rewritingScalars(_ rewrite: (Unicode.Scalar, inout String) -> Void) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars { rewrite(scalar, &out) }
        return out
    }
}
