import ArgumentParser
import Foundation

/// A failure the user can act on: printed as `error: message` on stderr, then the exit status.
///
/// Statuses follow sysexits(3) so scripts can tell bad usage from bad data.
struct CommandFailure: Error, CustomStringConvertible {
    enum Status: Int32 {
        case notFound = 1
        case usage = 64
        case dataError = 65
        case noInput = 66
        case cannotWrite = 74
    }

    let message: String
    let status: Status

    init(_ message: String, status: Status = .dataError) {
        self.message = message
        self.status = status
    }

    var description: String { message }
}

/// Writes a line to standard error.
///
/// A failed write to standard error is ignored: there is nowhere left to report it
/// (`FileHandle.write` would trap instead).
func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

extension ParsableCommand {
    /// Runs `body`, turning known failures into a message and a sysexits status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            printError("error: \(failure.message)")
            throw ExitCode(failure.status.rawValue)
        } catch let report as ValidationReportFailure {
            printError(report.text)
            throw ExitCode(CommandFailure.Status.dataError.rawValue)
        }
    }
}

/// A graph that failed validation while being loaded for another command.
struct ValidationReportFailure: Error {
    let text: String
}
