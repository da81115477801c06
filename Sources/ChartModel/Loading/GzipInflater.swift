import CZlib

/// Decompresses gzip data (all members, as Go's `gzip.Reader` does) with a
/// cap on the output size, so a decompression bomb stops early.
enum GzipInflater {
    enum Failure: Error {
        /// Go's `gzip.ErrHeader`.
        case invalidHeader
        /// Corrupt or truncated stream; the text is Go's error.
        case corrupt(String)
        /// More than `limit` bytes of output.
        case tooLarge
    }

    static func inflate(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        guard input.count >= 10, input[0] == 0x1F, input[1] == 0x8B, input[2] == 0x08 else {
            throw Failure.invalidHeader
        }
        var output: [UInt8] = []
        var offset = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while offset < input.count {
            if offset > 0 {
                // Another gzip member must follow; anything else ends the stream as in Go.
                guard input.count - offset >= 10, input[offset] == 0x1F, input[offset + 1] == 0x8B,
                      input[offset + 2] == 0x08 else {
                    if input[offset...].allSatisfy({ $0 == 0 }) { break }
                    throw Failure.invalidHeader
                }
            }
            var stream = z_stream()
            guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw Failure.corrupt("gzip: cannot initialise")
            }
            defer { inflateEnd(&stream) }
            var status: Int32 = Z_OK
            let consumed: Int = try input.withUnsafeBufferPointer { inBuf -> Int in
                guard let base = inBuf.baseAddress else { return 0 }
                stream.next_in = UnsafeMutablePointer(mutating: base + offset)
                stream.avail_in = UInt32(input.count - offset)
                while status != Z_STREAM_END {
                    let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf -> Int in
                        stream.next_out = outBuf.baseAddress
                        stream.avail_out = UInt32(outBuf.count)
                        status = CZlib.inflate(&stream, Z_NO_FLUSH)
                        return outBuf.count - Int(stream.avail_out)
                    }
                    if status != Z_OK && status != Z_STREAM_END {
                        if status == Z_BUF_ERROR && stream.avail_in == 0 {
                            throw Failure.corrupt("unexpected EOF")
                        }
                        throw Failure.corrupt(status == Z_DATA_ERROR ? "gzip: invalid checksum" : "flate: corrupt input")
                    }
                    if output.count + produced > limit { throw Failure.tooLarge }
                    output.append(contentsOf: chunk[0..<produced])
                    if status == Z_OK && produced == 0 && stream.avail_in == 0 {
                        throw Failure.corrupt("unexpected EOF")
                    }
                }
                return (input.count - offset) - Int(stream.avail_in)
            }
            offset += consumed
        }
        return output
    }
}
