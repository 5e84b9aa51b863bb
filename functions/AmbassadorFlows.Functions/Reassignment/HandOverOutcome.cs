namespace AmbassadorFlows.Functions.Reassignment;

/// <summary>What became of one hand-over.</summary>
public enum HandOverOutcome
{
    HandedOver,

    /// <summary>No such request.</summary>
    NotFound,

    /// <summary>A kind that stays with its person (see <see cref="HandOverRules"/>).</summary>
    NotHandable,

    /// <summary>Decided, closed, or handed to someone else meanwhile: nothing changed.</summary>
    NoLongerOpen,

    /// <summary>It already waits for the person named.</summary>
    AlreadyTheirs,
}
