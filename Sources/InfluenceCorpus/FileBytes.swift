#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file descriptor read in large chunks, closed when the value goes away.
///
/// Every corpus reader goes through this type, so a missing or unreadable file gives the same
/// ``CorpusError`` whatever the format.
final class FileChunks {
    let path: String
    private let descriptor: Int32
    /// Bytes per `read(2)` call.
    static let chunkSize = 4 << 20

    /// Opens `path` for reading.
    /// - Throws: `.fileNotFound` when nothing is there, `.unreadable` for a directory or a file
    ///   the process may not read.
    init(path: String) throws(CorpusError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw CorpusError(.fileNotFound, file: path, "no such file")
            }
            throw CorpusError(.unreadable, file: path, "cannot open: \(String(cString: strerror(code)))")
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw CorpusError(.unreadable, file: path, "is a directory, expected a file")
        }
        descriptor = fd
        size = fstat(fd, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Size in bytes when the file is a regular file.
    let size: Int?
    /// Bytes read so far.
    private(set) var offset = 0

    deinit { close(descriptor) }

    /// Reads up to `buffer.count` bytes into `buffer`, retrying when interrupted.
    /// - Returns: the number of bytes read; 0 at end of file.
    /// - Complexity: O(buffer.count).
    func readChunk(into buffer: UnsafeMutableRawBufferPointer) throws(CorpusError) -> Int {
        while true {
            let n = read(descriptor, buffer.baseAddress, buffer.count)
            if n >= 0 {
                offset += n
                return n
            }
            if errno == EINTR { continue }
            throw CorpusError(.unreadable, file: path, "read failed: \(String(cString: strerror(errno)))")
        }
    }

    /// The whole rest of the file.
    /// - Complexity: O(n) for a file of n bytes.
    func readAll() throws(CorpusError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let n = try readChunk(into: chunk)
            if n == 0 { return bytes }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
        }
    }
}

/// The lines of a small text file, decoded as UTF-8.
///
/// Strips a leading UTF-8 byte order mark, splits on LF, drops a CR before each LF (CRLF files)
/// and keeps a last line that has no final newline. Lines keep their 1-based numbers.
/// - Throws: `.invalidUTF8` with the number of the first line that is not valid UTF-8.
/// - Complexity: O(n) for n bytes.
func readTextLines(path: String) throws(CorpusError) -> [SourceText] {
    let bytes = try FileChunks(path: path).readAll()
    return try decodeTextLines(bytes, file: path)
}

/// Splits and decodes `bytes` as ``readTextLines(path:)`` does; `file` names them in errors.
func decodeTextLines(_ bytes: [UInt8], file: String) throws(CorpusError) -> [SourceText] {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    var lines: [SourceText] = []
    var lineNumber = 1
    var i = start
    while i <= bytes.count {
        var end = i
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if end == bytes.count, i == bytes.count { break }  // nothing after the last newline
        var stop = end
        if stop > i, bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
        guard let text = String(validating: bytes[i..<stop], as: UTF8.self) else {
            throw CorpusError(.invalidUTF8, file: file, line: lineNumber, "invalid UTF-8; expected UTF-8 text")
        }
        lines.append(SourceText(text: text, location: SourceLocation(file: file, line: lineNumber)))
        lineNumber += 1
        i = end + 1
    }
    return lines
}

extension String {
    /// The string without leading and trailing white space (Unicode white space included).
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
