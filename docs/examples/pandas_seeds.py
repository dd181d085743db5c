import mfatext
import pandas as pd

pd.set_option("display.max_colwidth", 34)

frame = pd.DataFrame(mfatext.records(mfatext.parse_files(["seeds/000_4a6f6b0d76846440.txt",
                                                          "seeds/001_f22195f936221375.txt",
                                                          "seeds/002_00f5b784e6f83555.txt"])))
print(frame.shape)
print(frame[["layout", "kind", "published", "event_date", "speaker_ids", "turns"]].head(6).to_string())
print()
print(frame.groupby(["layout", "kind"]).size())
