using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Kestrel rejects some requests before any middleware runs — a request line over its limit (414), headers over
/// theirs (431), a malformed target such as <c>%00</c> in the path (400) — and answers them with an empty body and
/// <c>Connection: close</c>. This connection middleware watches each HTTP/1.x response head on its way out and gives
/// exactly those answers an RFC 7807 body, so a client sees the same problem shape as everywhere else. The app's own
/// 4xx answers always carry a body, so an empty closing 4xx can only be one of Kestrel's.
/// </summary>
public static class KestrelRejectionProblems
{
    public static void Use(IConnectionBuilder connection) => connection.Use(next => async context =>
    {
        var transport = context.Transport;
        context.Transport = new DuplexPipe(transport.Input, new RewritingWriter(transport.Output));
        try
        {
            await next(context);
        }
        finally
        {
            context.Transport = transport;
        }
    });

    /// <summary>The problem body for a rejected request's status, or null when it is not one of Kestrel's rejections.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> written)
    {
        int headEnd = written.IndexOf("\r\n\r\n"u8);
        if (headEnd < 0 || headEnd + 4 != written.Length) return null;
        var head = Encoding.ASCII.GetString(written[..headEnd]);
        var lines = head.Split("\r\n");
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || !int.TryParse(status[1], out int code)
            || code is < 400 or >= 500) return null;
        bool empty = lines.Any(l => l.Equals("Content-Length: 0", StringComparison.OrdinalIgnoreCase));
        bool closing = lines.Any(l => l.Equals("Connection: close", StringComparison.OrdinalIgnoreCase));
        if (!empty || !closing) return null;

        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{code}",
            title = status.Length > 2 ? status[2] : "Request rejected",
            status = code,
            detail = Detail(code),
        });
        var rewritten = new StringBuilder();
        rewritten.Append(lines[0]).Append("\r\n");
        foreach (var line in lines.Skip(1).Where(l => !l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)))
            rewritten.Append(line).Append("\r\n");
        rewritten.Append("Content-Type: application/problem+json\r\n");
        rewritten.Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(rewritten.ToString()), .. body];
    }

    private static string Detail(int code) => code switch
    {
        StatusCodes.Status414UriTooLong =>
            $"The request line is longer than the server accepts. Queries may be at most {ApiLimits.MaxQueryStringLength} characters; split long id lists over several requests.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request's headers are larger than the server accepts (32 KB in all).",
        StatusCodes.Status400BadRequest =>
            "The request line or headers are malformed, e.g. a control character such as %00 in the path, or an invalid header.",
        _ => "The server rejected the request before reading it.",
    };

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }

    /// <summary>
    /// Passes writes straight through, except that a flush consisting of exactly one response head (which is how
    /// Kestrel sends a rejection) is checked and, if it is one, sent with a problem body instead.
    /// </summary>
    private sealed class RewritingWriter(PipeWriter inner) : PipeWriter
    {
        private readonly ArrayBufferWriter<byte> _pending = new();

        public override void Advance(int bytes) => _pending.Advance(bytes);
        public override Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);
        public override Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);
        public override void CancelPendingFlush() => inner.CancelPendingFlush();
        public override bool CanGetUnflushedBytes => true;
        public override long UnflushedBytes => _pending.WrittenCount + (inner.CanGetUnflushedBytes ? inner.UnflushedBytes : 0);
        public override void Complete(Exception? exception = null)
        {
            Drain();
            inner.Complete(exception);
        }

        public override ValueTask CompleteAsync(Exception? exception = null)
        {
            Drain();
            return inner.CompleteAsync(exception);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Drain();
            return inner.FlushAsync(cancellationToken);
        }

        private void Drain()
        {
            if (_pending.WrittenCount == 0) return;
            var written = _pending.WrittenSpan;
            inner.Write(written.StartsWith("HTTP/1."u8) && Rewrite(written) is { } problem ? problem : written);
            _pending.ResetWrittenCount();
        }
    }
}
