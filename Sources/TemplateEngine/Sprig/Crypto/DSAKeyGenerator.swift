import COpenSSL

/// DSA keys (L=2048, N=256, as Sprig asks Go for) from the system OpenSSL,
/// in the `DSA PRIVATE KEY` layout Sprig writes: SEQUENCE { 0, p, q, g, y, x }.
enum DSAKeyGenerator {
    static let modulusBits: Int32 = 2048
    static let subgroupBits: Int32 = 256

    enum Failure: Error { case parameters, key, encoding }

    static func generateDER() throws -> [UInt8] {
        guard let pctx = EVP_PKEY_CTX_new_from_name(nil, "DSA", nil) else { throw Failure.parameters }
        defer { EVP_PKEY_CTX_free(pctx) }
        var params: OpaquePointer?
        guard EVP_PKEY_paramgen_init(pctx) == 1,
              EVP_PKEY_CTX_set_dsa_paramgen_bits(pctx, modulusBits) == 1,
              EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pctx, subgroupBits) == 1,
              EVP_PKEY_paramgen(pctx, &params) == 1, let paramKey = params else {
            throw Failure.parameters
        }
        defer { EVP_PKEY_free(paramKey) }
        guard let kctx = EVP_PKEY_CTX_new_from_pkey(nil, paramKey, nil) else { throw Failure.key }
        defer { EVP_PKEY_CTX_free(kctx) }
        var keyOut: OpaquePointer?
        guard EVP_PKEY_keygen_init(kctx) == 1, EVP_PKEY_keygen(kctx, &keyOut) == 1, let key = keyOut else {
            throw Failure.key
        }
        defer { EVP_PKEY_free(key) }
        let size = i2d_PrivateKey(key, nil)
        guard size > 0 else { throw Failure.encoding }
        var der = [UInt8](repeating: 0, count: Int(size))
        let written = der.withUnsafeMutableBufferPointer { buf -> Int32 in
            var p = buf.baseAddress
            return i2d_PrivateKey(key, &p)
        }
        guard written == size else { throw Failure.encoding }
        return der
    }
}
