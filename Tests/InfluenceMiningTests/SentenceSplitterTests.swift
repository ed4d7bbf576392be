@testable import InfluenceMining
import Testing

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func keepsNamesNumbersAndAbbreviationsTogether() {
        let text = "Influenced Mixtral and GPT-4/5 MoE architectures. Scaled GPT to 1.5B parameters, e.g. on WebText, i.e. the web (vs. books). Foundation of DALL·E 2 — replaced GANs. Kaplan et al. showed it."
        #expect(splitter.split(text) == [
            "Influenced Mixtral and GPT-4/5 MoE architectures.",
            "Scaled GPT to 1.5B parameters, e.g. on WebText, i.e. the web (vs. books).",
            "Foundation of DALL·E 2 — replaced GANs.",
            "Kaplan et al. showed it.",
        ])
    }

    @Test func initialsQuotesAndParenthesesDoNotSplit() {
        #expect(splitter.split("Pillow is the friendly PIL fork by Jeffrey A. Clark and contributors. PIL is older.") ==
                ["Pillow is the friendly PIL fork by Jeffrey A. Clark and contributors.", "PIL is older."])
        #expect(splitter.split("Used \"constitutions\" (rule sets. Not split) here. Next one.") ==
                ["Used \"constitutions\" (rule sets. Not split) here.", "Next one."])
        #expect(splitter.split("It said \"think step-by-step.\" Then it worked.") == ["It said \"think step-by-step.\"", "Then it worked."])
    }

    @Test func lowercaseAfterDotAndDecimalsStayInside() {
        #expect(splitter.split("Version 3.11 is here. it continues. 70B Chinchilla won.") ==
                ["Version 3.11 is here. it continues.", "70B Chinchilla won."])
        #expect(splitter.split("") == [])
    }
}
