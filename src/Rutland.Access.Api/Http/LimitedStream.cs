namespace Rutland.Access.Api.Http;

/// <summary>A write-only stream that stops copying a request body once it passes the limit, whatever Content-Length claimed.</summary>
public sealed class LimitedStream(Stream inner, long limit, Func<Exception> tooLarge) : Stream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        if (inner.Length + count > limit) throw tooLarge();
        inner.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (inner.Length + buffer.Length > limit) throw tooLarge();
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
