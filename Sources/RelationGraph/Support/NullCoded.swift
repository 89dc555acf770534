/// An optional that JSON always shows: `null` when absent, rather than leaving its key out as
/// synthesized `Codable` does, so every answer's JSON has every key its documentation lists.
///
/// Public because the answers that use it are; it only changes how those answers encode.
///
/// ```swift
/// struct Row: Codable { var id: String; @NullCoded var group: String? }
/// // {"group":null,"id":"a"}
/// ```
@propertyWrapper
public struct NullCoded<Value: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    /// The optional value.
    public var wrappedValue: Value?

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    /// Decodes `null` as `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    /// Encodes `nil` as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// A missing key decodes as `nil`, as it would for a plain optional.
    public func decode<Value>(_ type: NullCoded<Value>.Type, forKey key: Key) throws -> NullCoded<Value> {
        try decodeIfPresent(type, forKey: key) ?? NullCoded(wrappedValue: nil)
    }
}
