/// The Sprig function library as Helm v4 hands it to templates (Sprig v3.3's
/// `TxtFuncMap` without `env`/`expandenv`). Helm's own functions are added on
/// top by the chart model.
public enum SprigLibrary {
    /// Every Sprig function, built once.
    public static let functions: [TemplateFunction] = SprigCrypto.functions + SprigDates.functions
        + SprigSemver.functions + SprigRandom.functions
        + SprigStrings.functions + SprigConversion.functions + SprigMath.functions
        + SprigLists.functions + SprigDicts.functions + SprigDefaults.functions
        + SprigReflection.functions + SprigEncoding.functions + SprigPaths.functions
        + SprigRegex.functions + SprigURLs.functions + SprigJSON.functions
}
