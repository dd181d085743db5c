import mfatext
import pandas as pd

frame = pd.DataFrame(mfatext.records(mfatext.parse_files(["seeds/001_f22195f936221375.txt",
                                                          "seeds/004_d6443154fc4fd715.txt"])))
# Items with question/answer turns, and who spoke in each (speaker_ids is a list: explode it).
with_turns = frame[frame["turns"] > 0]
print(with_turns[["source", "event_date", "place", "turns"]].to_string(index=False))
print()
speakers = frame.explode("speaker_ids").dropna(subset=["speaker_ids"])
print(speakers["speaker_ids"].value_counts().head(5).to_string())
