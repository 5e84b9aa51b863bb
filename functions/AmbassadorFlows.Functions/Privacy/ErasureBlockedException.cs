namespace AmbassadorFlows.Functions.Privacy;

/// <summary>A journey of the person still runs: erasing now would pull data from under it. The API
/// answers 409 with <see cref="Exception.Message"/>, which says what to do first.</summary>
public sealed class ErasureBlockedException : Exception
{
    public ErasureBlockedException(string message)
        : base(message)
    {
    }

    public ErasureBlockedException()
    {
    }

    public ErasureBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
