package io.ledgerline.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items as every menu of the app makes them: a text with its mnemonic, an optional shortcut, an action. */
public final class MenuItems {

    private MenuItems() {
    }

    /** @param accelerator e.g. {@code "Shortcut+O"} (Ctrl, or Cmd on macOS), or null for none */
    public static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
