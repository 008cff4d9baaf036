package org.vietlao.linkage.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * An uploaded import file, read into rows: PLT-004 over {@link EnterpriseCsv#MAX_BYTES}, ENT-013 when empty or
 * not readable.
 */
final class EnterpriseImports {

    private EnterpriseImports() {}

    /**
     * The file's bytes, which make two imports the same request for an Idempotency-Key; empty when there is no
     * file or it is over the limit ({@link #read} refuses those, so nothing is kept under the key).
     */
    static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty() || file.getSize() > EnterpriseCsv.MAX_BYTES) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException ex) {
            throw EnterpriseCsv.unreadable();
        }
    }

    static List<EnterpriseCsv.ParsedRow> read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw EnterpriseCsv.unreadable();
        }
        if (file.getSize() > EnterpriseCsv.MAX_BYTES) {
            throw new BusinessException(ErrorCode.PLT_004, EnterpriseCsv.MAX_BYTES / (1024 * 1024) + " MB");
        }
        try (InputStream in = file.getInputStream()) {
            return EnterpriseCsv.parse(in);
        } catch (IOException ex) {
            throw EnterpriseCsv.unreadable();
        }
    }
}
