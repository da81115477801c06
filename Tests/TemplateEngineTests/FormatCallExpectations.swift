import Foundation
@testable import TemplateEngine

/// One oracle-answered call of fixtures/calls/<name>.expected.jsonl
/// (written by scripts/gen-call-expectations.py from real Helm).
struct CallExpectation: CustomStringConvertible, Sendable {
    let id: String
    let function: String
    let typedArgs: [TypedArg]
    /// The exact bytes Helm returned, or nil when the call failed.
    let expected: [UInt8]?
    /// Helm's error message when the call failed.
    let error: String?

    var description: String { id }

    /// An argument with its Go type, as the generator tagged it.
    indirect enum TypedArg: Sendable {
        case null, bool(Bool), int(Int64), int64(Int64), float(Double), string(String)
        case list([TypedArg]), map([String: TypedArg]), strings([String]), bytes([UInt8])
        case call(String, [TypedArg])

        init(_ json: Any) {
            guard let obj = json as? [String: Any], let (tag, raw) = obj.first(where: { $0.key != "args" }) else {
                self = .null
                return
            }
            switch tag {
            case "bool": self = .bool(raw as? Bool ?? false)
            case "int": self = .int(Int64(raw as? String ?? "") ?? 0)
            case "int64": self = .int64(Int64(raw as? String ?? "") ?? 0)
            case "float": self = .float(Self.parseFloat(raw as? String ?? ""))
            case "string": self = .string(raw as? String ?? "")
            case "list": self = .list((raw as? [Any] ?? []).map(TypedArg.init))
            case "map": self = .map((raw as? [String: Any] ?? [:]).mapValues(TypedArg.init))
            case "strings": self = .strings(raw as? [String] ?? [])
            case "bytes": self = .bytes(Array((raw as? String ?? "").utf8))
            case "call": self = .call(raw as? String ?? "", (obj["args"] as? [Any] ?? []).map(TypedArg.init))
            default: self = .null
            }
        }

        private static func parseFloat(_ text: String) -> Double {
            switch text {
            case "NaN": return .nan
            case "+Inf", "inf", "Inf": return .infinity
            case "-Inf": return -.infinity
            default: return Double(text) ?? 0
            }
        }

        /// The Value a template would pass for this argument.
        var value: Value {
            switch self {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i, .int)
            case .int64(let i): return .int(i, .int64)
            case .float(let f): return .float(f)
            case .string(let s): return .string(s)
            case .list(let items): return .list(GoList(items.map(\.value)))
            case .map(let m): return .map(GoMap(m.mapValues(\.value)))
            case .strings(let s): return .list(GoList.strings(s))
            case .bytes(let b): return .bytes(b)
            case .call("toString", let args):
                return .string(GoFormat.sprint(args.map(\.value)))
            case .call("toJson", let args):
                return .string((try? GoJSON.marshal(args.first?.value ?? .null)) ?? "")
            case .call("substr", let args):
                // Sprig's substr on bytes, as the fixtures use it to shorten output.
                guard args.count == 3, case .int(let start) = args[0], case .int(let end) = args[1],
                      case .string(let text) = args[2].value else { return .null }
                let bytes = Array(text.utf8)
                let upper = min(Int(end), bytes.count)
                return .string(String(decoding: bytes[min(Int(start), upper)..<upper], as: UTF8.self))
            case .call(let name, let args):
                // Helm's fromJson / fromJsonArray on top of encoding/json.
                guard case .string(let text)? = args.first?.value else { return .null }
                // Sprig's atoi and cast's ToFloat64 / ToInt64 on strconv; 0 on error.
                switch name {
                case "atoi":
                    do { return .int(Int64(try GoStrconv.atoi(text)), .int) } catch let error as GoStrconv.NumError {
                        return .int(error.integerValue, .int)
                    } catch { return .int(0, .int) }
                case "float64": return .float((try? GoStrconv.parseFloat(text)) ?? 0)
                case "int64": return .int((try? GoStrconv.parseInt(text, base: 0, bitSize: 0)) ?? 0, .int64)
                default: break
                }
                if name == "fromJsonArray" {
                    do { return .list(try GoJSON.unmarshalArray(text)) } catch {
                        return .list(GoList([.string("\(error)")]))
                    }
                }
                do { return .map(try GoJSON.unmarshalObject(text)) } catch let error as GoJSONError {
                    let map = error.partial?.mapValue ?? GoMap()
                    map["Error"] = .string(error.message)
                    return .map(map)
                } catch {
                    return .null
                }
            }
        }
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/calls")

    static func load(_ name: String) -> [CallExpectation] {
        let url = directory.appendingPathComponent(name + ".expected.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let data = line.data(using: .utf8),
                  let obj = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                  let id = obj["id"] as? String else { return nil }
            let expected = (obj["expected_b64"] as? String).flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
            return CallExpectation(id: id, function: obj["func"] as? String ?? "",
                                   typedArgs: (obj["typed_args"] as? [Any] ?? []).map(TypedArg.init),
                                   expected: expected, error: obj["error"] as? String)
        }
    }
}
