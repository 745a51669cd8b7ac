import Common
import Foundation
import SystemIO
import TestSupport
import Testing

@testable import Tracking

/// SHA-256, exchange numbers and CSV: the small pieces round trips rely on.
struct EncodingTests {
    @Test func sha256MatchesThePublishedVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func numbersAreWrittenAsPlainDecimals() {
        #expect(ExchangeNumber.format(25.9) == "25.9")
        #expect(ExchangeNumber.format(1710) == "1710")
        #expect(ExchangeNumber.format(0.00001) == "0.00001")
        #expect(ExchangeNumber.format(-0.5) == "-0.5")
        #expect(ExchangeNumber.format(1.5e20) == "150000000000000000000")
        #expect(ExchangeNumber.format(-1.25e-7) == "-0.000000125")
        #expect(ExchangeNumber.format(0) == "0")
    }

    @Test func onlyPlainDecimalsAreRead() {
        #expect(ExchangeNumber.parse("25.9") == 25.9)
        #expect(ExchangeNumber.parse("-3") == -3)
        #expect(ExchangeNumber.parse(".5") == 0.5)
        for bad in ["1,710", "5%", "1e3", "", "-", ".", "abc", "nan", "inf", "1.2.3", "+4", " 4"] {
            #expect(ExchangeNumber.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func numbersRoundTripExactly() {
        var generator = SplitMix64(seed: 2010)
        for _ in 0..<2000 {
            let magnitude = pow(10, Double.random(in: -8...16, using: &generator))
            let value = Double.random(in: -1...1, using: &generator) * magnitude
            #expect(ExchangeNumber.parse(ExchangeNumber.format(value)) == value, "\(value)")
        }
    }

    @Test func csvKeepsQuotedTextExactly() {
        let text =
            "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\" padded \"\n\n  trimmed  ,\"two\nlines\",\r\nlast,row,end"
        let reader = CSVReader(text)
        #expect(reader.unterminatedQuoteLine == nil)
        #expect(
            reader.rows.map(\.fields) == [
                ["a", "b", "c"], ["x, y", "say \"hi\"", " padded "], ["trimmed", "two\nlines", ""],
                ["last", "row", "end"],
            ])
        #expect(reader.rows.map(\.line) == [1, 2, 4, 6])
        #expect(reader.rows[1].columns == [1, 8, 21])
    }

    @Test func csvReportsAnUnclosedQuote() {
        #expect(CSVReader("a,b\n1,\"open\n2,3\n").unterminatedQuoteLine == 2)
    }

    @Test func csvWriterRoundTripsAwkwardFields() {
        let fields = [
            "plain", "comma, inside", "quote \"here\"", "line\nbreak", " lead", "trail\t", "", "ünïcødé ✓", "cr\r\nlf",
        ]
        let line = CSVWriter.line(fields)
        #expect(CSVReader(line).rows.first?.fields == fields)
        #expect(CSVWriter.line(["a", "b"]) == "a,b\n")
    }
}
