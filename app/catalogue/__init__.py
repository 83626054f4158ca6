"""The check-item catalogue (抽查事项清单): a register kind of its own, its legal bases and how plans use it."""
